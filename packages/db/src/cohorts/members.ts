import { cohortCapabilitiesFor, leaveRefusal, memberChangeRefusal } from "@mockboard/interview";
import type { CohortRole, Prisma } from "@prisma/client";
import { notifyBoardAccessLost } from "../board-access";
import type { Db } from "../client";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { notifySessionChanged } from "../live-session/feed";
import { notify } from "../notifications";
import { loadCohortAccess, lockCohort, requireCohortRight } from "./cohort-access";

export interface CohortMemberRow {
  userId: string;
  name: string | null;
  role: CohortRole;
  joinedAt: Date;
  /** Completed sessions in this cohort on each side of the table. */
  interviewed: number;
  interviewedAs: number;
  /** The latest session they took part in (or their joining, if none). */
  lastActiveAt: Date;
}

/** The cohort's members with what they did in it; any member may read this. */
export async function listCohortMembers(
  db: Db,
  cohortId: string,
  userId: string,
): Promise<CohortMemberRow[]> {
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.view, "Only members see the cohort");
  // One pass over the cohort's sessions, each counted for both its people.
  const rows = await db.$queryRaw<
    {
      userId: string;
      name: string | null;
      role: CohortRole;
      joinedAt: Date;
      interviewed: bigint;
      interviewedAs: bigint;
      lastSessionAt: Date | null;
    }[]
  >`
    select m."userId", u."name", m."role"::text as "role", m."joinedAt",
      coalesce(t."interviewed", 0) as "interviewed", coalesce(t."interviewedAs", 0) as "interviewedAs",
      t."lastSessionAt"
    from "CohortMember" m
    join "User" u on u."id" = m."userId"
    left join (
      select side."userId",
        count(*) filter (where s."status" = 'COMPLETED' and side."role" = 'interviewer') as "interviewed",
        count(*) filter (where s."status" = 'COMPLETED' and side."role" = 'candidate') as "interviewedAs",
        max(coalesce(s."endedAt", s."startedAt")) filter (where s."startedAt" is not null) as "lastSessionAt"
      from "InterviewSession" s
      cross join lateral (values (s."interviewerId", 'interviewer'), (s."candidateId", 'candidate'))
        as side("userId", "role")
      where s."cohortId" = ${cohortId} and side."userId" is not null
      group by side."userId"
    ) t on t."userId" = m."userId"
    where m."cohortId" = ${cohortId}
    order by m."joinedAt", m."userId"`;
  return rows.map((row) => ({
    userId: row.userId,
    name: row.name,
    role: row.role,
    joinedAt: row.joinedAt,
    interviewed: Number(row.interviewed),
    interviewedAs: Number(row.interviewedAs),
    lastActiveAt: row.lastSessionAt ?? row.joinedAt,
  }));
}

async function ownerCount(tx: Prisma.TransactionClient, cohortId: string): Promise<number> {
  return tx.cohortMember.count({ where: { cohortId, role: "OWNER" } });
}

async function targetRole(
  tx: Prisma.TransactionClient,
  cohortId: string,
  userId: string,
): Promise<CohortRole> {
  const member = await tx.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
    select: { role: true },
  });
  if (!member) throw new NotFoundError("That person is not in the cohort");
  return member.role;
}

/** An owner gives a member another role. */
export async function changeMemberRole(
  db: Db,
  cohortId: string,
  actorId: string,
  memberId: string,
  role: CohortRole,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockCohort(tx, cohortId);
    const actor = await loadCohortAccess(tx, cohortId, actorId);
    const current = await targetRole(tx, cohortId, memberId);
    const refusal = memberChangeRefusal({
      actorRole: actor.role,
      actorIsTarget: actorId === memberId,
      targetRole: current,
      newRole: role,
      owners: await ownerCount(tx, cohortId),
    });
    if (refusal) throw new ForbiddenError(refusal);
    await tx.cohortMember.update({
      where: { cohortId_userId: { cohortId, userId: memberId } },
      data: { role },
    });
    // A coach who became a member stops observing sessions they have open.
    if (cohortCapabilitiesFor(current).observeSessions && !cohortCapabilitiesFor(role).observeSessions) {
      await cutObserverAccess(tx, cohortId, memberId);
    }
  });
}

/** An owner removes a member: their access to the cohort ends at once, everywhere. */
export async function removeMember(
  db: Db,
  cohortId: string,
  actorId: string,
  memberId: string,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockCohort(tx, cohortId);
    const actor = await loadCohortAccess(tx, cohortId, actorId);
    const current = await targetRole(tx, cohortId, memberId);
    const refusal = memberChangeRefusal({
      actorRole: actor.role,
      actorIsTarget: actorId === memberId,
      targetRole: current,
      newRole: null,
      owners: await ownerCount(tx, cohortId),
    });
    if (refusal) throw new ForbiddenError(refusal);
    const cohort = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { name: true } });
    await departCohort(tx, cohortId, memberId, current);
    await notify(tx, [
      {
        userId: memberId,
        kind: "REMOVED_FROM_COHORT",
        title: `You were removed from ${cohort.name}`,
        body: "Its sessions, schedule and progress are no longer open to you.",
      },
    ]);
  });
}

/** A member leaves; the last owner cannot (someone must be able to run the cohort). */
export async function leaveCohort(db: Db, cohortId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockCohort(tx, cohortId);
    const access = await loadCohortAccess(tx, cohortId, userId);
    const refusal = leaveRefusal(access.role, await ownerCount(tx, cohortId));
    if (refusal) throw new ConflictError(refusal);
    await departCohort(tx, cohortId, userId, access.role);
  });
}

/**
 * The membership goes, and with it every way into the cohort: the session rule
 * (cohortSessionSeat) stops answering for them, their upcoming cohort sessions are
 * cancelled (their partners are told), open boards close within seconds (board-access
 * NOTIFY), live calls drop them (the session feed wakes the video guard), and seats in
 * calibrations they had not submitted are given up.
 */
async function departCohort(
  tx: Prisma.TransactionClient,
  cohortId: string,
  userId: string,
  role: CohortRole,
) {
  await tx.cohortMember.delete({ where: { cohortId_userId: { cohortId, userId } } });
  const mine = { OR: [{ interviewerId: userId }, { candidateId: userId }] };
  const reachable = await tx.interviewSession.findMany({
    where: {
      cohortId,
      status: { not: "CANCELLED" },
      ...(cohortCapabilitiesFor(role).observeSessions ? {} : mine),
    },
    select: {
      id: true,
      title: true,
      status: true,
      boardDocId: true,
      interviewerId: true,
      candidateId: true,
    },
  });
  const cancelled = reachable.filter(
    (session) =>
      session.status === "SCHEDULED" && (session.interviewerId === userId || session.candidateId === userId),
  );
  if (cancelled.length > 0) {
    await tx.interviewSession.updateMany({
      where: { id: { in: cancelled.map((session) => session.id) } },
      data: { status: "CANCELLED" },
    });
    await tx.sessionEvent.createMany({
      data: cancelled.map((session) => ({
        sessionId: session.id,
        kind: "CANCELLED" as const,
        actorId: userId,
        data: { reason: "a participant left the cohort" },
      })),
    });
    await notify(
      tx,
      cancelled.flatMap((session) => {
        const partner = session.interviewerId === userId ? session.candidateId : session.interviewerId;
        return partner
          ? [
              {
                userId: partner,
                kind: "SESSION_CANCELLED" as const,
                title: `“${session.title}” was cancelled`,
                body: "Your partner is no longer in the cohort.",
                href: `/sessions/${session.id}`,
              },
            ]
          : [];
      }),
    );
  }
  await notifyBoardAccessLost(
    tx,
    reachable.map((session) => session.boardDocId),
    userId,
  );
  for (const session of reachable) {
    if (session.status === "LIVE" || cancelled.includes(session)) {
      await notifySessionChanged(tx, {
        sessionId: session.id,
        kind: session.status === "LIVE" ? "participants" : "status",
      });
    }
  }
  await tx.calibrationRater.deleteMany({
    where: { raterId: userId, submittedAt: null, calibration: { cohortId } },
  });
}

/** A coach who is now a member: their observer connections to the cohort's boards close. */
async function cutObserverAccess(tx: Prisma.TransactionClient, cohortId: string, userId: string) {
  const sessions = await tx.interviewSession.findMany({
    where: { cohortId, status: { not: "CANCELLED" } },
    select: { id: true, status: true, boardDocId: true, interviewerId: true, candidateId: true },
  });
  const observed = sessions.filter(
    (session) => session.interviewerId !== userId && session.candidateId !== userId,
  );
  await notifyBoardAccessLost(
    tx,
    observed.map((session) => session.boardDocId),
    userId,
  );
  for (const session of observed.filter((entry) => entry.status === "LIVE")) {
    await notifySessionChanged(tx, { sessionId: session.id, kind: "participants" });
  }
}
