import type { Db } from "./client";

const sessionSummary = {
  id: true,
  title: true,
  status: true,
  scheduledAt: true,
  startedAt: true,
  endedAt: true,
  createdAt: true,
  interviewerId: true,
  candidateId: true,
  prompt: { select: { slug: true, title: true, kind: true, minutes: true } },
  interviewer: { select: { id: true, name: true } },
  candidate: { select: { id: true, name: true } },
} as const;

/** Sessions the user takes part in, either side of the table, newest first. */
export function listSessionsForUser(db: Db, userId: string, options: { take?: number } = {}) {
  return db.interviewSession.findMany({
    where: { OR: [{ interviewerId: userId }, { candidateId: userId }] },
    orderBy: [{ createdAt: "desc" }],
    take: options.take ?? 100,
    select: sessionSummary,
  });
}
export type SessionSummary = Awaited<ReturnType<typeof listSessionsForUser>>[number];

export function listCohortsForUser(db: Db, userId: string) {
  return db.cohortMember.findMany({
    where: { userId },
    orderBy: { joinedAt: "asc" },
    select: {
      role: true,
      cohort: {
        select: {
          id: true,
          name: true,
          description: true,
          _count: { select: { members: true, sessions: true } },
        },
      },
    },
  });
}

export async function getDashboard(db: Db, userId: string) {
  const [sessions, cohorts, promptCount, asInterviewer, asCandidate, completed] = await Promise.all([
    listSessionsForUser(db, userId, { take: 6 }),
    listCohortsForUser(db, userId),
    db.prompt.count({ where: { isCurrent: true, cohortId: null } }),
    db.interviewSession.count({ where: { interviewerId: userId } }),
    db.interviewSession.count({ where: { candidateId: userId } }),
    db.interviewSession.count({
      where: { status: "COMPLETED", OR: [{ interviewerId: userId }, { candidateId: userId }] },
    }),
  ]);
  return { sessions, cohorts, promptCount, asInterviewer, asCandidate, completed };
}
