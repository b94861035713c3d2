import {
  type Capabilities,
  capabilitiesFor,
  cohortSessionSeat,
  decide,
  mayInCohort,
  type SessionAction,
  type SessionRole,
  type SessionStage,
  type SessionViewer,
  stageOf,
} from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { openCandidateSlugs, promptGuideFacts } from "../prompts/guide-access";

type Reader = Db | Prisma.TransactionClient;

export interface SessionAccess {
  sessionId: string;
  // Guests reach only the replay, through its own loader (replay/replay-access.ts).
  role: Exclude<SessionRole, "none" | "guest">;
  status: "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED";
  stage: SessionStage;
  startedAt: Date | null;
  endedAt: Date | null;
  feedbackReleased: boolean;
  /** Who is asking, as the session rules (@mockboard/interview `decide`) read it. */
  viewer: SessionViewer;
  can: Capabilities;
}

/**
 * Who the caller is in a session and what the interview rules let them do, including the
 * prompt's own guide policy for them. Someone with no part in it gets NotFound, so a
 * session's existence does not leak.
 */
export async function loadSessionAccess(
  db: Reader,
  sessionId: string,
  userId: string,
): Promise<SessionAccess> {
  const [session, candidateSlugs] = await Promise.all([
    db.interviewSession.findUnique({
      where: { id: sessionId },
      select: {
        id: true,
        status: true,
        startedAt: true,
        endedAt: true,
        interviewerId: true,
        candidateId: true,
        cohortId: true,
        cohort: { select: { members: { where: { userId }, select: { role: true } } } },
        prompt: {
          select: {
            slug: true,
            cohortId: true,
            authorId: true,
            cohort: { select: { members: { where: { userId }, select: { role: true } } } },
          },
        },
        scorecards: { where: { releasedAt: { not: null } }, select: { id: true }, take: 1 },
      },
    }),
    openCandidateSlugs(db, userId),
  ]);
  if (!session) throw new NotFoundError("No such session");
  const cohortRole = session.cohort?.members[0]?.role ?? null;
  let seat: SessionRole = "none";
  if (session.interviewerId === userId) seat = "interviewer";
  else if (session.candidateId === userId) seat = "candidate";
  else if (mayInCohort(cohortRole, "observe-sessions")) seat = "observer";
  // A cohort's sessions are for its current members: leaving or removal ends the seat.
  const role = cohortSessionSeat({ seat, cohortSession: session.cohortId !== null, cohortRole });
  if (role === "none") throw new NotFoundError("No such session");
  const feedbackReleased = session.scorecards.length > 0;
  const promptCohortRole = session.prompt.cohort?.members[0]?.role ?? null;
  const promptGuide = promptGuideFacts(session.prompt, {
    id: userId,
    readsCohortGuides: mayInCohort(promptCohortRole, "read-guides"),
    openCandidateSlugs: candidateSlugs,
  });
  const stage = stageOf(session.status, feedbackReleased);
  return {
    sessionId: session.id,
    role,
    status: session.status,
    stage,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    feedbackReleased,
    viewer: { role, stage, promptGuide },
    can: capabilitiesFor(role, { status: session.status, feedbackReleased, promptGuide }),
  };
}

/** Whether the session rules let this caller do this now. */
export function allows(access: SessionAccess, action: SessionAction): boolean {
  return decide(access.viewer, action) === "allowed";
}

/**
 * Throws unless the session rules let the caller do this now. One message: every refusal
 * is Forbidden (reads). Two: a role that never may is Forbidden, a role that may at
 * another stage is a Conflict (changes that wait for, or came after, their moment).
 */
export function requireAllowed(
  access: SessionAccess,
  action: SessionAction,
  refusal: string | { role: string; stage: string },
): void {
  const decision = decide(access.viewer, action);
  if (decision === "allowed") return;
  if (typeof refusal === "string") throw new ForbiddenError(refusal);
  if (decision === "stage") throw new ConflictError(refusal.stage);
  throw new ForbiddenError(refusal.role);
}
