import type { RoomStateDto } from "./room-state";

type NoticeFacts = Pick<
  RoomStateDto,
  | "role"
  | "status"
  | "interviewer"
  | "candidate"
  | "feedbackReleased"
  | "scorecardSubmitted"
  | "selfAssessmentSubmitted"
>;

/**
 * What the other side just did, as a sentence for an in-app notice: compares the room
 * state before and after a live update. Only changes someone else made are told (the
 * interviewer does not hear that they started the interview).
 */
export function noticesBetween(before: NoticeFacts, after: NoticeFacts): string[] {
  const notices: string[] = [];
  const interviewer = after.interviewer.name ?? "The interviewer";
  const candidate = after.candidate?.name ?? "The candidate";

  if (after.role === "interviewer" || after.role === "observer") {
    if (!before.candidate && after.candidate) notices.push(`${candidate} joined the session.`);
    if (!before.selfAssessmentSubmitted && after.selfAssessmentSubmitted)
      notices.push(`${candidate} submitted their self-assessment.`);
  }
  if (after.role === "candidate" || after.role === "observer") {
    if (before.status === "SCHEDULED" && after.status === "LIVE")
      notices.push(`${interviewer} started the interview.`);
    if (before.status === "LIVE" && after.status === "COMPLETED")
      notices.push(
        after.role === "candidate"
          ? `${interviewer} ended the interview. Next: your self-assessment.`
          : `${interviewer} ended the interview.`,
      );
    if (!before.feedbackReleased && after.feedbackReleased)
      notices.push(
        after.role === "candidate"
          ? `${interviewer} released your feedback.`
          : `${interviewer} released the feedback.`,
      );
  }
  if (after.role === "observer" && !before.scorecardSubmitted && after.scorecardSubmitted)
    notices.push(`${interviewer} submitted the scorecard.`);
  return notices;
}
