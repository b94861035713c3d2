import type { Capabilities, Surface, TimerEvent } from "@mockboard/interview";
import type { Db } from "../client";
import { allows, loadSessionAccess, type SessionAccess } from "./access";
import { loadSurface } from "./code-pad";
import { type PlannedPhase, parsePhasePlan } from "./phase-plan";
import { countRevealedStages } from "./stages";
import { loadTimerEvents } from "./timer";

export interface RoomState {
  sessionId: string;
  role: SessionAccess["role"];
  status: SessionAccess["status"];
  can: Capabilities;
  /** The server's clock when this was read, so browsers correct their own clock's skew. */
  serverNow: number;
  startedAt: number | null;
  endedAt: number | null;
  phases: PlannedPhase[];
  timerEvents: TimerEvent[];
  interviewer: { id: string; name: string | null };
  candidate: { id: string; name: string | null } | null;
  feedbackReleased: boolean;
  /** Interviewer and observers only: whether the scorecard was submitted. */
  scorecardSubmitted: boolean | null;
  /** Whether the candidate submitted their self-assessment (not its content). */
  selfAssessmentSubmitted: boolean;
  /** How many of the prompt's staged parts are revealed; the room re-renders its brief when it grows. */
  stagesRevealed: number;
  /** What the room shows: board, code pad or both (the interviewer's choice, else the round's default). */
  surface: Surface;
}

/** What the room state is made of, as read from the database. */
export interface RoomStateParts {
  phasePlan: unknown;
  interviewer: { id: string; name: string | null };
  candidate: { id: string; name: string | null } | null;
  timerEvents: TimerEvent[];
  stagesRevealed: number;
  scorecardSubmitted: boolean;
  selfAssessmentSubmitted: boolean;
  surface: Surface;
}

/** The room state cut to the caller's rights. */
export function roomStateOf(access: SessionAccess, parts: RoomStateParts): RoomState {
  return {
    sessionId: access.sessionId,
    role: access.role,
    status: access.status,
    can: access.can,
    serverNow: Date.now(),
    startedAt: access.startedAt?.getTime() ?? null,
    endedAt: access.endedAt?.getTime() ?? null,
    phases: parsePhasePlan(parts.phasePlan),
    timerEvents: parts.timerEvents,
    interviewer: parts.interviewer,
    candidate: parts.candidate,
    feedbackReleased: access.feedbackReleased,
    scorecardSubmitted: allows(access, "see-scorecard-status") ? parts.scorecardSubmitted : null,
    selfAssessmentSubmitted: parts.selfAssessmentSubmitted,
    stagesRevealed: parts.stagesRevealed,
    surface: parts.surface,
  };
}

/** Everything the room shows live, filtered by the caller's rights. */
export async function getRoomState(db: Db, sessionId: string, userId: string): Promise<RoomState> {
  const access = await loadSessionAccess(db, sessionId, userId);
  const [session, timerEvents, stagesRevealed, surface] = await Promise.all([
    db.interviewSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: {
        phasePlan: true,
        interviewer: { select: { id: true, name: true } },
        candidate: { select: { id: true, name: true } },
        scorecards: { select: { submittedAt: true } },
        selfAssessments: { select: { submittedAt: true } },
      },
    }),
    loadTimerEvents(db, sessionId),
    countRevealedStages(db, sessionId),
    loadSurface(db, sessionId),
  ]);
  return roomStateOf(access, {
    phasePlan: session.phasePlan,
    interviewer: session.interviewer,
    candidate: session.candidate,
    timerEvents,
    stagesRevealed,
    scorecardSubmitted: session.scorecards.some((card) => card.submittedAt !== null),
    selfAssessmentSubmitted: session.selfAssessments.some((entry) => entry.submittedAt !== null),
    surface,
  });
}
