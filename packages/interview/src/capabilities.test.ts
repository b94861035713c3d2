import { describe, expect, it } from "vitest";
import { capabilitiesFor } from "./capabilities";
import type { SessionStatus } from "./session-enums";

const promptGuide = { builtIn: true, promptStaff: false, candidateOfOpenSession: false };
const live = { status: "LIVE" as const, feedbackReleased: false, promptGuide };
const ended = { status: "COMPLETED" as const, feedbackReleased: false, promptGuide };
const released = { status: "COMPLETED" as const, feedbackReleased: true, promptGuide };
const statuses: SessionStatus[] = ["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"];

describe("who may see and do what in a session", () => {
  it("a stranger gets nothing in any state", () => {
    for (const status of statuses) {
      const caps = capabilitiesFor("none", { status, feedbackReleased: true, promptGuide });
      expect(Object.values(caps).every((right) => right === false || right === "none")).toBe(true);
    }
  });

  it("a candidate never reads the guide, notes or scores before feedback is released", () => {
    for (const status of statuses) {
      const caps = capabilitiesFor("candidate", { status, feedbackReleased: false, promptGuide });
      expect(caps.guide).toBe(false);
      expect(caps.notes).toBe("none");
      expect(caps.scorecard).toBe("none");
    }
  });

  it("a candidate reads the scores and the guide once feedback is released", () => {
    expect(capabilitiesFor("candidate", released)).toMatchObject({ guide: true, scorecard: "read" });
  });

  it("a candidate assesses themselves only after the session ended", () => {
    expect(capabilitiesFor("candidate", live).selfAssessment).toBe("none");
    expect(capabilitiesFor("candidate", ended).selfAssessment).toBe("write");
  });

  it("both participants draw while the session is open and only view once it ended", () => {
    expect(capabilitiesFor("interviewer", live).board).toBe("edit");
    expect(
      capabilitiesFor("candidate", { status: "SCHEDULED", feedbackReleased: false, promptGuide }).board,
    ).toBe("edit");
    expect(capabilitiesFor("candidate", ended).board).toBe("view");
    expect(capabilitiesFor("interviewer", ended).board).toBe("view");
  });

  it("an observer watches read-only and never writes notes or scores", () => {
    const caps = capabilitiesFor("observer", live);
    expect(caps).toMatchObject({ board: "view", notes: "read-shared", timer: "view", video: "subscribe" });
    expect(caps.manageSession).toBe(false);
  });

  it("only the interviewer controls the timer, and only while the session is live", () => {
    expect(capabilitiesFor("interviewer", live).timer).toBe("control");
    expect(capabilitiesFor("interviewer", ended).timer).toBe("view");
    expect(capabilitiesFor("candidate", live).timer).toBe("view");
  });

  it("the interviewer writes notes and the scorecard during and after the session, not before", () => {
    expect(
      capabilitiesFor("interviewer", { status: "SCHEDULED", feedbackReleased: false, promptGuide }).notes,
    ).toBe("none");
    expect(capabilitiesFor("interviewer", live)).toMatchObject({ notes: "write", scorecard: "write" });
    expect(capabilitiesFor("interviewer", ended)).toMatchObject({ notes: "write", scorecard: "write" });
  });

  it("nobody publishes video once the session is over", () => {
    for (const role of ["interviewer", "candidate", "observer"] as const)
      expect(capabilitiesFor(role, ended).video).toBe("none");
  });

  it("the interviewer starts a scheduled session, ends a live one and cancels one that has not begun", () => {
    const scheduled = { ...live, status: "SCHEDULED" as const };
    expect(capabilitiesFor("interviewer", scheduled)).toMatchObject({
      start: true,
      end: false,
      cancel: true,
    });
    expect(capabilitiesFor("interviewer", live)).toMatchObject({ start: false, end: true, cancel: false });
    expect(capabilitiesFor("candidate", live)).toMatchObject({ start: false, end: false, cancel: false });
  });

  it("an interviewer the prompt's own policy refuses gets no guide in their session", () => {
    const memberOnCohortPrompt = { builtIn: false, promptStaff: false, candidateOfOpenSession: false };
    expect(capabilitiesFor("interviewer", { ...live, promptGuide: memberOnCohortPrompt }).guide).toBe(false);
    const candidateElsewhere = { ...promptGuide, candidateOfOpenSession: true };
    expect(capabilitiesFor("interviewer", { ...live, promptGuide: candidateElsewhere }).guide).toBe(false);
    expect(capabilitiesFor("observer", { ...live, promptGuide: candidateElsewhere }).guide).toBe(false);
  });

  // The replay: who watches a finished session, and what of it they read.
  const replayRows: [
    Parameters<typeof capabilitiesFor>[0],
    typeof ended,
    Partial<ReturnType<typeof capabilitiesFor>>,
  ][] = [
    [
      "interviewer",
      ended,
      { replay: true, notes: "write", scorecard: "write", guide: true, shareReplay: true },
    ],
    ["candidate", ended, { replay: true, notes: "none", scorecard: "none", guide: false, shareReplay: true }],
    ["candidate", released, { replay: true, notes: "none", scorecard: "read", guide: true }],
    [
      "observer",
      ended,
      { replay: true, notes: "read-shared", scorecard: "read", guide: true, shareReplay: false },
    ],
    [
      "guest",
      released,
      { replay: true, board: "view", notes: "none", scorecard: "none", guide: false, shareReplay: false },
    ],
    ["none", released, { replay: false, board: "none" }],
  ];
  for (const [role, facts, expected] of replayRows) {
    it(`the replay of a ${facts.feedbackReleased ? "released" : "finished"} session for ${role === "none" ? "a stranger" : `the ${role}`}: ${JSON.stringify(expected)}`, () => {
      expect(capabilitiesFor(role, facts)).toMatchObject(expected);
    });
  }

  it("nobody watches the replay of a session that has not ended, and a guest sees nothing before", () => {
    for (const role of ["interviewer", "candidate", "observer", "guest", "none"] as const)
      for (const status of ["SCHEDULED", "LIVE", "CANCELLED"] as const)
        expect(capabilitiesFor(role, { status, feedbackReleased: false, promptGuide }).replay).toBe(false);
    expect(capabilitiesFor("guest", live).board).toBe("none");
  });
});
