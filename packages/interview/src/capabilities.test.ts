import { describe, expect, it } from "vitest";
import { capabilitiesFor } from "./capabilities";
import type { SessionStatus } from "./session-enums";

const live = { status: "LIVE" as const, feedbackReleased: false };
const ended = { status: "COMPLETED" as const, feedbackReleased: false };
const released = { status: "COMPLETED" as const, feedbackReleased: true };
const statuses: SessionStatus[] = ["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"];

describe("who may see and do what in a session", () => {
  it("a stranger gets nothing in any state", () => {
    for (const status of statuses) {
      const caps = capabilitiesFor("none", { status, feedbackReleased: true });
      expect(Object.values(caps).every((right) => right === false || right === "none")).toBe(true);
    }
  });

  it("a candidate never reads the guide, notes or scores before feedback is released", () => {
    for (const status of statuses) {
      const caps = capabilitiesFor("candidate", { status, feedbackReleased: false });
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
    expect(capabilitiesFor("candidate", { status: "SCHEDULED", feedbackReleased: false }).board).toBe("edit");
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
    expect(capabilitiesFor("interviewer", { status: "SCHEDULED", feedbackReleased: false }).notes).toBe(
      "none",
    );
    expect(capabilitiesFor("interviewer", live)).toMatchObject({ notes: "write", scorecard: "write" });
    expect(capabilitiesFor("interviewer", ended)).toMatchObject({ notes: "write", scorecard: "write" });
  });

  it("nobody publishes video once the session is over", () => {
    for (const role of ["interviewer", "candidate", "observer"] as const)
      expect(capabilitiesFor(role, ended).video).toBe("none");
  });
});
