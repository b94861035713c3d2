import { describe, expect, it } from "vitest";
import { capabilitiesFor } from "./capabilities";
import { hearsLiveChange } from "./live-feed";

const promptGuide = { builtIn: true, promptStaff: false, candidateOfOpenSession: false };
const ended = { status: "COMPLETED" as const, feedbackReleased: false, promptGuide };
const released = { status: "COMPLETED" as const, feedbackReleased: true, promptGuide };

describe("who hears which live feed pushes", () => {
  it("the candidate does not hear that the scorecard changed until feedback is released", () => {
    expect(hearsLiveChange(capabilitiesFor("candidate", ended), "scorecard")).toBe(false);
    expect(hearsLiveChange(capabilitiesFor("candidate", released), "scorecard")).toBe(true);
    expect(hearsLiveChange(capabilitiesFor("interviewer", ended), "scorecard")).toBe(true);
  });

  it("the candidate hears the timer, the status, the stages and the people like everyone in the room", () => {
    for (const kind of ["status", "timer", "participants", "stages", "resync"] as const)
      expect(hearsLiveChange(capabilitiesFor("candidate", ended), kind)).toBe(true);
  });

  it("only those who may read the self-assessment hear that it changed", () => {
    expect(hearsLiveChange(capabilitiesFor("interviewer", ended), "self-assessment")).toBe(true);
    expect(hearsLiveChange(capabilitiesFor("observer", ended), "self-assessment")).toBe(false);
  });
});
