import { describe, expect, it } from "vitest";
import { capabilitiesFor } from "./capabilities";
import { nextStageToReveal, visibleStages } from "./stages";

const stages = [{ key: "level-2" }, { key: "level-3" }, { key: "level-4" }];
const promptGuide = { builtIn: true, promptStaff: false, candidateOfOpenSession: false };
const live = { status: "LIVE" as const, feedbackReleased: false, promptGuide };

describe("staged parts of a prompt", () => {
  it("the candidate sees only the parts the interviewer revealed", () => {
    const candidate = capabilitiesFor("candidate", live);
    expect(visibleStages(stages, 0, candidate)).toEqual([]);
    expect(visibleStages(stages, 1, candidate)).toEqual([{ stage: { key: "level-2" }, revealed: true }]);
  });

  it("the interviewer and an observing coach see every part, and which ones are revealed", () => {
    for (const role of ["interviewer", "observer"] as const)
      expect(visibleStages(stages, 1, capabilitiesFor(role, live)).map((view) => view.revealed)).toEqual([
        true,
        false,
        false,
      ]);
  });

  it("the candidate sees every part once feedback is released, as with the guide", () => {
    const released = capabilitiesFor("candidate", {
      status: "COMPLETED",
      feedbackReleased: true,
      promptGuide,
    });
    expect(visibleStages(stages, 1, released)).toHaveLength(3);
  });

  it("only the interviewer of a live session reveals, and only the next part", () => {
    expect(nextStageToReveal(stages, 1, capabilitiesFor("interviewer", live))).toEqual({ key: "level-3" });
    expect(nextStageToReveal(stages, 3, capabilitiesFor("interviewer", live))).toBeNull();
    expect(nextStageToReveal(stages, 0, capabilitiesFor("candidate", live))).toBeNull();
    expect(nextStageToReveal(stages, 0, capabilitiesFor("observer", live))).toBeNull();
    for (const status of ["SCHEDULED", "COMPLETED", "CANCELLED"] as const)
      expect(
        nextStageToReveal(
          stages,
          0,
          capabilitiesFor("interviewer", { status, feedbackReleased: false, promptGuide }),
        ),
      ).toBeNull();
  });
});
