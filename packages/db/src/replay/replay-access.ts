import {
  type Capabilities,
  capabilitiesFor,
  mayInCohort,
  type SessionRole,
  type SessionViewer,
  stageOf,
} from "@mockboard/interview";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { loadSessionAccess } from "../live-session/access";

export interface ReplayAccess {
  sessionId: string;
  role: Exclude<SessionRole, "none">;
  /** Who is asking, as the session rules read it (for `decide`). */
  viewer: SessionViewer;
  can: Capabilities;
  feedbackReleased: boolean;
  boardDocId: string;
  cohortId: string | null;
  /** The two participants (whose activity lanes the replay draws). */
  people: { id: string; name: string | null; role: "interviewer" | "candidate" }[];
  /** Session time starts here (the STARTED event); the end is the ENDED event. */
  startedAt: Date;
  endedAt: Date;
}

/** A guest reads no guide whatever the prompt's policy; the rules never let them anyway. */
const NO_GUIDE = { builtIn: false, promptStaff: false, candidateOfOpenSession: true };

/**
 * Who the caller is in a finished session and what the interview rules let them read of
 * its replay: participants and observers as in the room (loadSessionAccess), or a member of
 * the session's cohort a participant shared the replay with (a guest). Everyone else, and
 * everyone before the end, gets NotFound, so the session's existence does not leak.
 */
export async function loadReplayAccess(db: Db, sessionId: string, userId: string): Promise<ReplayAccess> {
  const [session, member] = await Promise.all([
    db.interviewSession.findUnique({
      where: { id: sessionId },
      select: {
        status: true,
        startedAt: true,
        endedAt: true,
        boardDocId: true,
        cohortId: true,
        interviewer: { select: { id: true, name: true } },
        candidate: { select: { id: true, name: true } },
        cohort: { select: { members: { where: { userId }, select: { role: true } } } },
        replayShares: { where: { userId }, select: { userId: true } },
        calibrations: { where: { raters: { some: { raterId: userId } } }, select: { id: true }, take: 1 },
        scorecards: { where: { releasedAt: { not: null } }, select: { id: true }, take: 1 },
      },
    }),
    loadSessionAccess(db, sessionId, userId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    }),
  ]);
  if (!session?.startedAt || !session.endedAt) throw new NotFoundError("No such session");
  const feedbackReleased = session.scorecards.length > 0;
  let role: ReplayAccess["role"];
  let viewer: SessionViewer;
  let can: Capabilities;
  if (member) {
    ({ role, viewer, can } = member);
  } else {
    // A share, or a seat in a blind calibration of the session, holds only while the
    // recipient is still in the session's cohort; either way they watch as a guest, who
    // reads no notes or scores.
    const inCohort = mayInCohort(session.cohort?.members[0]?.role ?? null, "watch-shared-replays");
    const invited = session.replayShares.length > 0 || session.calibrations.length > 0;
    if (!inCohort || !invited) throw new NotFoundError("No such session");
    role = "guest";
    viewer = { role, stage: stageOf(session.status, feedbackReleased), promptGuide: NO_GUIDE };
    can = capabilitiesFor(role, { status: session.status, feedbackReleased, promptGuide: NO_GUIDE });
  }
  if (!can.replay) throw new NotFoundError("No such session");
  return {
    sessionId,
    role,
    viewer,
    can,
    feedbackReleased,
    boardDocId: session.boardDocId,
    cohortId: session.cohortId,
    people: [
      { ...session.interviewer, role: "interviewer" as const },
      ...(session.candidate ? [{ ...session.candidate, role: "candidate" as const }] : []),
    ],
    startedAt: session.startedAt,
    endedAt: session.endedAt,
  };
}
