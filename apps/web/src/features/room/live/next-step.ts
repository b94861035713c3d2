import type { RoomStateDto } from "./room-state";

type StepFacts = Pick<
  RoomStateDto,
  | "role"
  | "status"
  | "interviewer"
  | "candidate"
  | "feedbackReleased"
  | "scorecardSubmitted"
  | "selfAssessmentSubmitted"
>;

/** What this person should do now, in a sentence; "waiting" when it is the other side's turn. */
export interface NextStep {
  text: string;
  tone: "do" | "waiting" | "done";
}

const nameOf = (person: { name: string | null } | null, fallback: string) => person?.name ?? fallback;

/**
 * The next step of each role at each stage of a session, shown at the top of the room:
 * the interviewer invites, starts, scores, submits and releases; the candidate waits,
 * assesses themselves, then reads the feedback. Null while the interview runs (the
 * interview itself is the step) and for a cancelled session.
 */
export function nextStepFor(state: StepFacts): NextStep | null {
  const interviewer = nameOf(state.interviewer, "the interviewer");
  const candidate = nameOf(state.candidate, "the candidate");
  if (state.status === "LIVE" || state.status === "CANCELLED") return null;

  if (state.role === "interviewer") {
    if (state.status === "SCHEDULED")
      return state.candidate
        ? { text: `${candidate} has joined. Start the interview when you are both ready.`, tone: "do" }
        : { text: "Send the invite link to the candidate. You can start once they join.", tone: "do" };
    if (!state.scorecardSubmitted)
      return {
        text: "Score each dimension, choose a recommendation, then submit the scorecard.",
        tone: "do",
      };
    if (!state.feedbackReleased)
      return {
        text: state.selfAssessmentSubmitted
          ? `Release the feedback: ${candidate} has assessed themselves and reads yours beside it.`
          : `Release the feedback to ${candidate}. They have not assessed themselves yet; you can release now or wait.`,
        tone: "do",
      };
    return { text: `Feedback released: ${candidate} can read it now.`, tone: "done" };
  }

  if (state.role === "candidate") {
    if (state.status === "SCHEDULED")
      return {
        text: `Waiting for ${interviewer} to start the interview. You can warm up on the board meanwhile.`,
        tone: "waiting",
      };
    if (!state.selfAssessmentSubmitted && !state.feedbackReleased)
      return {
        text: `Score yourself on the rubric, then submit. You will read ${interviewer}'s feedback beside it once it is released.`,
        tone: "do",
      };
    if (!state.feedbackReleased)
      return {
        text: `Waiting for ${interviewer} to release the feedback. It appears here.`,
        tone: "waiting",
      };
    return { text: `Your feedback is ready: ${interviewer}'s scores beside your own.`, tone: "done" };
  }

  // Observers only watch; after the end they read what the interviewer shares.
  if (state.status === "SCHEDULED") return { text: "The interview has not started yet.", tone: "waiting" };
  return null;
}
