import type { Db } from "../client";
import { loadCohortAccess, requireCohortRight } from "../cohorts/cohort-access";

export interface OwnCalibrationRequest {
  id: string;
  sessionTitle: string;
  requestedAt: Date;
  /** Null when the coach who asked has since deleted their account. */
  requestedBy: string | null;
  /** Whether the caller has submitted their scores (nothing of anyone's scores is here). */
  submitted: boolean;
}

/**
 * The calibrations of this cohort the caller was asked to score, the ones still to score
 * first, then newest first: where a member finds their requests besides the notification.
 * Only their own seats, and no levels of anyone's. One query.
 */
export async function listOwnCalibrationRequests(
  db: Db,
  cohortId: string,
  userId: string,
): Promise<OwnCalibrationRequest[]> {
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.view, "Only members see the cohort");
  const rows = await db.$queryRaw<
    { id: string; sessionTitle: string; requestedAt: Date; requestedBy: string | null; submitted: boolean }[]
  >`
    select c.id, s.title as "sessionTitle", c."createdAt" as "requestedAt",
      coalesce(u.name, u.email) as "requestedBy", cr."submittedAt" is not null as "submitted"
    from "CalibrationRater" cr
    join "Calibration" c on c.id = cr."calibrationId"
    join "InterviewSession" s on s.id = c."sessionId"
    left join "User" u on u.id = c."requestedById"
    where cr."raterId" = ${userId} and c."cohortId" = ${cohortId}
    order by "submitted", c."createdAt" desc, c.id`;
  return rows;
}
