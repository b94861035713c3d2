import { mayInCohort } from "@mockboard/interview";
import type { Db } from "../client";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { loadReplayAccess } from "./replay-access";

export interface ReplaySharing {
  /** The shares the caller made. */
  shares: { userId: string; name: string | null; sharedAt: string }[];
  /** Members of the session's cohort the caller may still share with. */
  candidates: { userId: string; name: string | null }[];
}

async function sharingAccess(db: Db, sessionId: string, userId: string) {
  const access = await loadReplayAccess(db, sessionId, userId);
  if (!access.can.shareReplay)
    throw new ForbiddenError("Only the interviewer and the candidate share the replay");
  return access;
}

/** Whom the caller shared the replay with, and whom else in the cohort they could. */
export async function getReplaySharing(db: Db, sessionId: string, userId: string): Promise<ReplaySharing> {
  const access = await sharingAccess(db, sessionId, userId);
  const [shares, members] = await Promise.all([
    db.replayShare.findMany({
      where: { sessionId, sharedById: userId },
      orderBy: { createdAt: "asc" },
      select: { userId: true, createdAt: true, user: { select: { name: true } } },
    }),
    access.cohortId
      ? db.cohortMember.findMany({
          where: { cohortId: access.cohortId },
          orderBy: { joinedAt: "asc" },
          select: { userId: true, role: true, user: { select: { name: true } } },
        })
      : [],
  ]);
  const taken = new Set([
    ...access.people.map((person) => person.id),
    ...shares.map((share) => share.userId),
  ]);
  return {
    shares: shares.map((share) => ({
      userId: share.userId,
      name: share.user.name,
      sharedAt: share.createdAt.toISOString(),
    })),
    candidates: members
      .filter((member) => !taken.has(member.userId) && mayInCohort(member.role, "watch-shared-replays"))
      .map((member) => ({ userId: member.userId, name: member.user.name })),
  };
}

/** Lets a member of the session's cohort watch its replay. */
export async function shareReplay(
  db: Db,
  sessionId: string,
  userId: string,
  recipientId: string,
): Promise<void> {
  const access = await sharingAccess(db, sessionId, userId);
  if (access.people.some((person) => person.id === recipientId))
    throw new ConflictError("They took part in the session: they can already watch it");
  const member = access.cohortId
    ? await db.cohortMember.findUnique({
        where: { cohortId_userId: { cohortId: access.cohortId, userId: recipientId } },
        select: { role: true },
      })
    : null;
  if (!mayInCohort(member?.role ?? null, "watch-shared-replays"))
    throw new NotFoundError("No such member of the session's cohort");
  await db.replayShare.upsert({
    where: { sessionId_userId: { sessionId, userId: recipientId } },
    create: { sessionId, userId: recipientId, sharedById: userId },
    update: {},
  });
}

/** Withdraws a share the caller made; the recipient's next request is refused. */
export async function revokeReplayShare(
  db: Db,
  sessionId: string,
  userId: string,
  recipientId: string,
): Promise<void> {
  await sharingAccess(db, sessionId, userId);
  const removed = await db.replayShare.deleteMany({
    where: { sessionId, userId: recipientId, sharedById: userId },
  });
  if (removed.count === 0) throw new NotFoundError("No such share");
}
