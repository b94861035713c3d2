import { describe, expect, it } from "vitest";
import { noticesBetween } from "./room-notices";

const scheduled = {
  status: "SCHEDULED",
  interviewer: { id: "i", name: "Ines" },
  candidate: null,
  feedbackReleased: false,
  scorecardSubmitted: false,
  selfAssessmentSubmitted: false,
} as const;
const cal = { id: "c", name: "Cal" };

describe("in-app notices of what the other side did", () => {
  it("tells the interviewer when the candidate joins and when they submit their self-assessment", () => {
    const before = { ...scheduled, role: "interviewer" } as const;
    expect(noticesBetween(before, { ...before, candidate: cal })).toEqual(["Cal joined the session."]);
    const ended = { ...before, candidate: cal, status: "COMPLETED" } as const;
    expect(noticesBetween(ended, { ...ended, selfAssessmentSubmitted: true })).toEqual([
      "Cal submitted their self-assessment.",
    ]);
  });

  it("tells the candidate when the interview starts, ends and the feedback is released", () => {
    const before = { ...scheduled, role: "candidate", candidate: cal } as const;
    const live = { ...before, status: "LIVE" } as const;
    const ended = { ...before, status: "COMPLETED" } as const;
    expect(noticesBetween(before, live)).toEqual(["Ines started the interview."]);
    expect(noticesBetween(live, ended)).toEqual(["Ines ended the interview. Next: your self-assessment."]);
    expect(noticesBetween(ended, { ...ended, feedbackReleased: true })).toEqual([
      "Ines released your feedback.",
    ]);
  });

  it("never tells someone what they did themselves", () => {
    const before = { ...scheduled, role: "interviewer", candidate: cal } as const;
    expect(noticesBetween(before, { ...before, status: "LIVE" })).toEqual([]);
    const ended = { ...before, status: "COMPLETED" } as const;
    expect(noticesBetween(ended, { ...ended, scorecardSubmitted: true, feedbackReleased: true })).toEqual([]);
  });
});
