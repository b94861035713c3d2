import { may, type PhaseBand, phaseBands, type Surface } from "@mockboard/interview";
import { CandidateBrief } from "@mockboard/prompt-bank";
import type { Db } from "../client";
import { loadSurface } from "../live-session/code-pad";
import { listTimelineEntries, type TimelineEntry } from "../live-session/timeline";
import { loadTimerEvents } from "../live-session/timer";
import { listNotes, type NoteView } from "../notes/notes";
import { PhasePlan } from "../prompts/prompt-columns";
import { type FeedbackView, getFeedback } from "../scorecards/feedback";
import { getScorecard, type ScorecardView } from "../scorecards/scorecards";
import { loadReplayAccess, type ReplayAccess } from "./replay-access";

export interface ReplayView {
  access: ReplayAccess;
  title: string;
  prompt: { title: string; brief: CandidateBrief };
  people: { id: string; name: string | null; role: "interviewer" | "candidate" }[];
  durationMs: number;
  phases: PhaseBand[];
  timeline: TimelineEntry[];
  /** What the room showed at the end (board, code or both): the replay opens on it. */
  surface: Surface;
  /** The caller's own notes (interviewer) or those shared with coaches (observers); null otherwise. */
  notes: NoteView[] | null;
  /** The interviewer's own card, to score from the replay. */
  scorecard: ScorecardView | null;
  /** Submitted scores and the candidate's self-assessment, for those the rules let read them. */
  feedback: FeedbackView | null;
}

/**
 * Everything the replay page shows, loaded once and cut to the caller's rights: notes,
 * scores and the guide's material are not read at all for someone who may not see them.
 */
export async function loadReplayView(db: Db, sessionId: string, userId: string): Promise<ReplayView> {
  const access = await loadReplayAccess(db, sessionId, userId);
  const { can } = access;
  const [session, timerEvents, timeline, surface, notes, scorecard, feedback] = await Promise.all([
    db.interviewSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: {
        title: true,
        phasePlan: true,
        prompt: { select: { title: true, brief: true } },
      },
    }),
    loadTimerEvents(db, sessionId),
    listTimelineEntries(db, sessionId, {
      startedAt: access.startedAt,
      staff: may(access.viewer, "read-staff-timeline"),
    }),
    loadSurface(db, sessionId),
    can.notes !== "none" ? listNotes(db, sessionId, userId) : null,
    can.scorecard === "write" ? getScorecard(db, sessionId, userId) : null,
    can.scorecard !== "none" ? getFeedback(db, sessionId, userId) : null,
  ]);
  return {
    access,
    title: session.title,
    prompt: { title: session.prompt.title, brief: CandidateBrief.parse(session.prompt.brief) },
    people: access.people,
    durationMs: access.endedAt.getTime() - access.startedAt.getTime(),
    phases: phaseBands(PhasePlan.parse(session.phasePlan), timerEvents),
    timeline,
    surface,
    notes,
    scorecard,
    feedback,
  };
}
