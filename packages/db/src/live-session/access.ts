import { type Capabilities, capabilitiesFor, type SessionRole } from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { STAFF_ROLES } from "../cohorts/cohorts";
import { ForbiddenError, NotFoundError } from "../errors";

type Reader = Db | Prisma.TransactionClient;

export interface SessionAccess {
  sessionId: string;
  role: Exclude<SessionRole, "none">;
  status: "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED";
  startedAt: Date | null;
  endedAt: Date | null;
  feedbackReleased: boolean;
  can: Capabilities;
}

/**
 * Who the caller is in a session and what the interview rules let them do. Someone with
 * no part in it gets NotFound, so a session's existence does not leak.
 */
export async function loadSessionAccess(
  db: Reader,
  sessionId: string,
  userId: string,
): Promise<SessionAccess> {
  const session = await db.interviewSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      status: true,
      startedAt: true,
      endedAt: true,
      interviewerId: true,
      candidateId: true,
      cohort: {
        select: { members: { where: { userId, role: { in: [...STAFF_ROLES] } }, select: { role: true } } },
      },
      scorecards: { where: { releasedAt: { not: null } }, select: { id: true }, take: 1 },
    },
  });
  let role: SessionAccess["role"] | null = null;
  if (session?.interviewerId === userId) role = "interviewer";
  else if (session && session.candidateId === userId) role = "candidate";
  else if (session?.cohort?.members.length) role = "observer";
  if (!session || !role) throw new NotFoundError("No such session");
  const feedbackReleased = session.scorecards.length > 0;
  return {
    sessionId: session.id,
    role,
    status: session.status,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    feedbackReleased,
    can: capabilitiesFor(role, { status: session.status, feedbackReleased }),
  };
}

/** Throws Forbidden with a message that says what the caller may not do. */
export function requireRight(allowed: boolean, message: string): asserts allowed {
  if (!allowed) throw new ForbiddenError(message);
}
