import {
  type DimensionAgreement,
  dimensionAgreement,
  type Leniency,
  leniencyByRater,
  type Rating,
  type ScoreGiven,
  seededRandom,
} from "@mockboard/interview";
import type { Db } from "../client";
import { loadCohortAccess, requireCohortRight } from "../cohorts/cohort-access";
import { dimensionLabel, loadRubricTitles } from "../progress/rubric-titles";

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
  const [calibrations, calibrated, scored, titles] = await Promise.all([
    db.calibration.findMany({
      where: { cohortId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        createdAt: true,
        session: { select: { title: true } },
        raters: { select: { submittedAt: true } },
      },
    }),
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
    db.$queryRaw<{ raterId: string; rubric: string; dimensionKey: string; level: number }[]>`
      select sc."interviewerId" as "raterId", rt.slug as rubric, sco."dimensionKey", sco.level
      from "Score" sco
      join "Scorecard" sc on sc.id = sco."scorecardId"
      join "InterviewSession" s on s.id = sc."sessionId"
      join "Prompt" p on p.id = s."promptId"
      join "RubricTemplate" rt on rt.id = p."rubricTemplateId"
      where s."cohortId" = ${cohortId} and sc."submittedAt" is not null and sco.level is not null
      union all
      select cs."raterId", rt.slug, cs."dimensionKey", cs.level
      from "CalibrationScore" cs
      join "CalibrationRater" cr on cr."calibrationId" = cs."calibrationId" and cr."raterId" = cs."raterId"
      join "Calibration" c on c.id = cs."calibrationId"
      join "InterviewSession" s on s.id = c."sessionId"
      join "Prompt" p on p.id = s."promptId"
      join "RubricTemplate" rt on rt.id = p."rubricTemplateId"
      where c."cohortId" = ${cohortId} and cr."submittedAt" is not null and cs.level is not null`,
    loadRubricTitles(db),
  ]);
  const byDimension = new Map<string, Rating[]>();
  for (const row of calibrated) {
    const dimension = `${row.rubric}/${row.dimensionKey}`;
    const list = byDimension.get(dimension) ?? [];
    list.push({ unitId: row.calibrationId, raterId: row.raterId, level: row.level });
    byDimension.set(dimension, list);
  }
  // Seeded by the cohort, so the same scores always give the same interval.
  const agreement = [...byDimension]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dimension, ratings]) => ({
      dimension,
      label: dimensionLabel(titles, dimension),
      ...dimensionAgreement(ratings, { random: seededRandom(hashOf(`${cohortId}|${dimension}`)) }),
    }));
  const given: ScoreGiven[] = scored.map((row) => ({
    raterId: row.raterId,
    dimension: `${row.rubric}/${row.dimensionKey}`,
    level: row.level,
  }));
  const leniency = leniencyByRater(given);
  const people = await db.user.findMany({
    where: { id: { in: leniency.map((entry) => entry.raterId) } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(people.map((person) => [person.id, person.name ?? person.email]));
  return {
    calibrations: calibrations.map((calibration) => ({
      id: calibration.id,
      sessionTitle: calibration.session.title,
      createdAt: calibration.createdAt,
      raters: calibration.raters.length,
      submitted: calibration.raters.filter((rater) => rater.submittedAt).length,
    })),
    agreement,
    leniency: leniency.map((entry) => ({ ...entry, name: nameOf.get(entry.raterId) ?? "" })),
  };
}

/** A 32-bit FNV-1a hash, to seed the bootstrap from a stable string. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
