import "server-only";
import {
  type CohortMembership,
  countBuiltInPrompts,
  countSessionsForUser,
  listCohortsForUser,
  listSessionsForUser,
  type SessionCounts,
  type SessionSummary,
} from "@mockboard/db";
import { db } from "@/server/db";

export interface Dashboard extends SessionCounts {
  sessions: SessionSummary[];
  cohorts: CohortMembership[];
  promptCount: number;
}

/** The dashboard reads from three domains at once; each answers its own part. */
export async function loadDashboard(userId: string): Promise<Dashboard> {
  const [sessions, cohorts, promptCount, counts] = await Promise.all([
    listSessionsForUser(db(), userId, { take: 6 }),
    listCohortsForUser(db(), userId),
    countBuiltInPrompts(db()),
    countSessionsForUser(db(), userId),
  ]);
  return { sessions, cohorts, promptCount, ...counts };
}
