import {
  type DimensionAgreement,
  type Leniency,
  leniencyByRater,
  qualifiedDimension,
  type Rating,
} from "@mockboard/interview";
import type { Db } from "../client";
import { loadCohortAccess, requireCohortRight } from "../cohorts/cohort-access";
import { dimensionLabel, loadRubricTitles } from "../progress/rubric-titles";
import { cachedDimensionAgreement } from "./agreement-cache";

export interface CohortCalibration {
  calibrations: {
    id: string;
    sessionTitle: string;
    createdAt: Date;
    raters: number;
    submitted: number;
  }[];
  /** Per rubric dimension (`rubric/dimension`), over the calibrations' submitted scores. */
  agreement: (DimensionAgreement & { dimension: string; label: ReturnType<typeof dimensionLabel> })[];
  leniency: (Leniency & { name: string })[];
}

/**
 * The cohort's calibration tab: its calibrations, agreement per rubric dimension across
 * them (each calibrated session is a unit, each rater's submitted level a rating), and each
 * interviewer's leniency over every scorecard they submitted in the cohort and every
 * calibration they submitted. Owners and coaches only. A fixed handful of queries.
 */
export async function getCohortCalibration(
  db: Db,
  cohortId: string,
  userId: string,
): Promise<CohortCalibration> {
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.calibrate, "Only the cohort's owners and coaches read calibration");
  const [calibrations, calibrated, totals, titles] = await Promise.all([
    db.$queryRaw<{ id: string; sessionTitle: string; createdAt: Date; raters: bigint; submitted: bigint }[]>`
      select c.id, s.title as "sessionTitle", c."createdAt",
        count(cr."raterId") as "raters", count(cr."submittedAt") as "submitted"
      from "Calibration" c
      join "InterviewSession" s on s.id = c."sessionId"
      left join "CalibrationRater" cr on cr."calibrationId" = c.id
      where c."cohortId" = ${cohortId}
      group by c.id, s.title, c."createdAt"
      order by c."createdAt" desc, c.id`,
    db.$queryRaw<
      { calibrationId: string; raterId: string; rubric: string; dimensionKey: string; level: number | null }[]
    >`
      select cs."calibrationId", cs."raterId", rt.slug as rubric, cs."dimensionKey", cs.level
      from "CalibrationScore" cs
      join "CalibrationRater" cr on cr."calibrationId" = cs."calibrationId" and cr."raterId" = cs."raterId"
      join "Calibration" c on c.id = cs."calibrationId"
      join "InterviewSession" s on s.id = c."sessionId"
      join "Prompt" p on p.id = s."promptId"
      join "RubricTemplate" rt on rt.id = p."rubricTemplateId"
      where c."cohortId" = ${cohortId} and cr."submittedAt" is not null`,
    // Leniency needs only each interviewer's count, sum and sum of squares per dimension:
    // summed here over their scorecards and calibrations (by ids; names joined to the sums).
    db.$queryRaw<
      {
        raterId: string;
        name: string;
        rubric: string;
        dimensionKey: string;
        count: number;
        sum: number;
        sumOfSquares: number;
      }[]
    >`
      select given."raterId", coalesce(u."name", u."email") as "name", rt.slug as "rubric", given."dimensionKey",
        sum(given."count")::int as "count", sum(given."sum")::int as "sum",
        sum(given."sumOfSquares")::int as "sumOfSquares"
      from (
        select sc."interviewerId" as "raterId", p."rubricTemplateId", sco."dimensionKey",
          count(*) as "count", sum(sco.level) as "sum", sum(sco.level * sco.level) as "sumOfSquares"
        from "InterviewSession" s
        join "Scorecard" sc on sc."sessionId" = s.id and sc."submittedAt" is not null
        join "Score" sco on sco."scorecardId" = sc.id and sco.level is not null
        join "Prompt" p on p.id = s."promptId"
        where s."cohortId" = ${cohortId}
        group by sc."interviewerId", p."rubricTemplateId", sco."dimensionKey"
        union all
        select cs."raterId", p."rubricTemplateId", cs."dimensionKey",
          count(*), sum(cs.level), sum(cs.level * cs.level)
        from "Calibration" c
        join "CalibrationRater" cr on cr."calibrationId" = c.id and cr."submittedAt" is not null
        join "CalibrationScore" cs on cs."calibrationId" = c.id and cs."raterId" = cr."raterId" and cs.level is not null
        join "InterviewSession" s on s.id = c."sessionId"
        join "Prompt" p on p.id = s."promptId"
        where c."cohortId" = ${cohortId}
        group by cs."raterId", p."rubricTemplateId", cs."dimensionKey"
      ) given
      join "RubricTemplate" rt on rt.id = given."rubricTemplateId"
      join "User" u on u.id = given."raterId"
      group by given."raterId", u."name", u."email", rt.slug, given."dimensionKey"`,
    loadRubricTitles(db),
  ]);
  const byDimension = new Map<string, Rating[]>();
  for (const row of calibrated) {
    const dimension = `${row.rubric}/${row.dimensionKey}`;
    const list = byDimension.get(dimension) ?? [];
    list.push({ unitId: row.calibrationId, raterId: row.raterId, level: row.level });
    byDimension.set(dimension, list);
  }
  const agreement = [...byDimension]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dimension, ratings]) => ({
      dimension,
      label: dimensionLabel(titles, dimension),
      ...cachedDimensionAgreement(cohortId, dimension, ratings),
    }));
  const leniency = leniencyByRater(
    totals.map(({ name: _, rubric, dimensionKey, ...total }) => ({
      ...total,
      dimension: qualifiedDimension(rubric, dimensionKey),
    })),
  );
  const nameOf = new Map(totals.map((row) => [row.raterId, row.name]));
  return {
    calibrations: calibrations.map((calibration) => ({
      ...calibration,
      raters: Number(calibration.raters),
      submitted: Number(calibration.submitted),
    })),
    agreement,
    leniency: leniency.map((entry) => ({ ...entry, name: nameOf.get(entry.raterId) ?? "" })),
  };
}
