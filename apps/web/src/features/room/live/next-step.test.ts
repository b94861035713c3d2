import { describe, expect, it } from "vitest";
import { nextStepFor } from "./next-step";

const base = {
  interviewer: { id: "i", name: "Ines" },
  candidate: { id: "c", name: "Cal" },
  feedbackReleased: false,
  scorecardSubmitted: false,
  selfAssessmentSubmitted: false,
} as const;

describe("each role's next step", () => {
  it("the interviewer invites, then starts", () => {
    expect(nextStepFor({ ...base, role: "interviewer", status: "SCHEDULED", candidate: null })?.text).toMatch(
      /Send the invite link/,
    );
    expect(nextStepFor({ ...base, role: "interviewer", status: "SCHEDULED" })?.text).toMatch(
      /Cal has joined\. Start the interview/,
    );
  });

  it("nothing competes with the interview while it runs", () => {
    expect(nextStepFor({ ...base, role: "interviewer", status: "LIVE" })).toBeNull();
    expect(nextStepFor({ ...base, role: "candidate", status: "LIVE" })).toBeNull();
  });

  it("after the end the interviewer scores and submits, then releases, then is done", () => {
    const ended = { ...base, role: "interviewer", status: "COMPLETED" } as const;
    expect(nextStepFor(ended)?.text).toMatch(/submit the scorecard/);
    expect(nextStepFor({ ...ended, scorecardSubmitted: true })?.text).toMatch(/Release the feedback to Cal/);
    expect(nextStepFor({ ...ended, scorecardSubmitted: true, selfAssessmentSubmitted: true })?.text).toMatch(
      /Cal has assessed themselves/,
    );
    expect(nextStepFor({ ...ended, scorecardSubmitted: true, feedbackReleased: true })).toMatchObject({
      tone: "done",
    });
  });

  it("the candidate waits, then assesses themselves, then waits for and reads the feedback", () => {
    expect(nextStepFor({ ...base, role: "candidate", status: "SCHEDULED" })).toMatchObject({
      tone: "waiting",
    });
    const ended = { ...base, role: "candidate", status: "COMPLETED" } as const;
    expect(nextStepFor(ended)?.text).toMatch(/Score yourself on the rubric/);
    expect(nextStepFor({ ...ended, selfAssessmentSubmitted: true })?.text).toMatch(
      /Waiting for Ines to release the feedback/,
    );
    expect(nextStepFor({ ...ended, selfAssessmentSubmitted: true, feedbackReleased: true })?.text).toMatch(
      /Your feedback is ready/,
    );
  });

  it("a cancelled session has no next step", () => {
    expect(nextStepFor({ ...base, role: "candidate", status: "CANCELLED" })).toBeNull();
  });
});
