import type { Db } from "../client";
import { loadCohortAccess, requireCohortRight } from "../cohorts/cohort-access";

export interface CalibratableSession {
  id: string;
  title: string;
  endedAt: Date | null;
  interviewer: string;
  candidateId: string | null;
  candidate: string;
}

/** The cohort's finished sessions a coach may ask to calibrate, newest first (one query). */
export async function listCalibratableSessions(
  db: Db,
  cohortId: string,
  userId: string,
  take = 50,
): Promise<CalibratableSession[]> {
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.calibrate, "Only the cohort's owners and coaches ask for calibration");
  const rows = await db.interviewSession.findMany({
    where: { cohortId, status: "COMPLETED" },
    orderBy: { endedAt: "desc" },
    take,
    select: {
      id: true,
      title: true,
      endedAt: true,
      candidateId: true,
      interviewer: { select: { name: true, email: true } },
      candidate: { select: { name: true, email: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    endedAt: row.endedAt,
    candidateId: row.candidateId,
    interviewer: row.interviewer.name ?? row.interviewer.email ?? "",
    candidate: row.candidate?.name ?? row.candidate?.email ?? "",
  }));
}
