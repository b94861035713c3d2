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
  /** Where a past session stands: scored, feedback released, self-assessed. */
  scorecardSubmitted: boolean;
  feedbackReleased: boolean;
  selfAssessed: boolean;
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
  scorecards: { select: { submittedAt: true, releasedAt: true } },
  selfAssessments: { select: { submittedAt: true } },
} as const satisfies Prisma.InterviewSessionSelect;

type SummaryRow = Prisma.InterviewSessionGetPayload<{ select: typeof sessionSummary }>;

function toSummary({ scorecards, selfAssessments, ...row }: SummaryRow): SessionSummary {
  return {
    ...row,
    scorecardSubmitted: scorecards.some((card) => card.submittedAt !== null),
    feedbackReleased: scorecards.some((card) => card.releasedAt !== null),
    selfAssessed: selfAssessments.some((entry) => entry.submittedAt !== null),
  };
}

/** Which sessions a list shows: by the user's side of the table and by when they happen. */
export interface SessionFilter {
  role?: "interviewer" | "candidate";
  when?: "live" | "upcoming" | "past";
}

const STATUSES_BY_WHEN = {
  live: ["LIVE"],
  upcoming: ["SCHEDULED"],
  past: ["COMPLETED", "CANCELLED"],
} as const satisfies Record<NonNullable<SessionFilter["when"]>, SessionStatus[]>;

/** Sessions the user takes part in, either side of the table (or one side), newest first. */
export async function listSessionsForUser(
  db: Db,
  userId: string,
  options: { take?: number } & SessionFilter = {},
): Promise<SessionSummary[]> {
  const side =
    options.role === "interviewer"
      ? { interviewerId: userId }
      : options.role === "candidate"
        ? { candidateId: userId }
        : { OR: [{ interviewerId: userId }, { candidateId: userId }] };
  const rows = await db.interviewSession.findMany({
    where: { ...side, ...(options.when ? { status: { in: [...STATUSES_BY_WHEN[options.when]] } } : {}) },
    orderBy: [{ createdAt: "desc" }],
    take: options.take ?? 100,
    select: sessionSummary,
  });
  return rows.map(toSummary);
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
