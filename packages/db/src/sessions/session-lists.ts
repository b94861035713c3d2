import type { Prisma, PromptKind, SessionStatus } from "@prisma/client";
import type { Db } from "../client";

export interface SessionSummary {
  id: string;
  title: string;
  status: SessionStatus;
  scheduledAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
  createdAt: Date;
  interviewerId: string;
  candidateId: string | null;
  prompt: { slug: string; title: string; kind: PromptKind; minutes: number };
  interviewer: { id: string; name: string | null };
  candidate: { id: string; name: string | null } | null;
}

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
} as const satisfies Prisma.InterviewSessionSelect;

/** Sessions the user takes part in, either side of the table, newest first. */
export function listSessionsForUser(
  db: Db,
  userId: string,
  options: { take?: number } = {},
): Promise<SessionSummary[]> {
  return db.interviewSession.findMany({
    where: { OR: [{ interviewerId: userId }, { candidateId: userId }] },
    orderBy: [{ createdAt: "desc" }],
    take: options.take ?? 100,
    select: sessionSummary,
  });
}

export interface SessionCounts {
  asInterviewer: number;
  asCandidate: number;
  completed: number;
}

/** How many sessions the user ran, sat and finished. */
export async function countSessionsForUser(db: Db, userId: string): Promise<SessionCounts> {
  const [asInterviewer, asCandidate, completed] = await Promise.all([
    db.interviewSession.count({ where: { interviewerId: userId } }),
    db.interviewSession.count({ where: { candidateId: userId } }),
    db.interviewSession.count({
      where: { status: "COMPLETED", OR: [{ interviewerId: userId }, { candidateId: userId }] },
    }),
  ]);
  return { asInterviewer, asCandidate, completed };
}
