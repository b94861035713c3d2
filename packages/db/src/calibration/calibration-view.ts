import { cohortCapabilitiesFor, mayOpenCalibration, mayReadCalibrationScores } from "@mockboard/interview";
import type { z } from "zod";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { type ScoringRubric, sessionRubric } from "../scorecards/session-rubric";
import { CalibrationDraft } from "./calibration-input";

const Evidence = CalibrationDraft.shape.evidence.valueType;

export interface CalibrationRating {
  raterId: string;
  name: string;
  /** Null with notObserved false: not decided (never in a submitted card). */
  level: number | null;
  notObserved: boolean;
  evidence: z.infer<typeof Evidence>;
}

export interface CalibrationView {
  id: string;
  cohortId: string;
  session: { id: string; title: string; endedAt: Date | null };
  rubric: ScoringRubric;
  createdAt: Date;
  /** The caller's own seat, when they were asked to score. */
  seat: { submitted: boolean; draft: CalibrationDraft } | null;
  raters: { id: string; name: string; submitted: boolean }[];
  /**
   * Submitted scores side by side per dimension; null while the caller may not read them
   * (a rater before they submit: the blind part).
   */
  dimensions: { key: string; title: string; ratings: CalibrationRating[] }[] | null;
}

/**
 * One calibration as the caller may see it: raters see their own draft, and everyone's
 * submitted scores and evidence only after submitting; the cohort's coaches and owners who
 * are not scoring see them at once. Anyone else gets NotFound.
 */
export async function getCalibration(
  db: Db,
  calibrationId: string,
  userId: string,
): Promise<CalibrationView> {
  const calibration = await db.calibration.findUnique({
    where: { id: calibrationId },
    select: {
      id: true,
      cohortId: true,
      createdAt: true,
      session: { select: { id: true, title: true, endedAt: true } },
      cohort: { select: { members: { where: { userId }, select: { role: true } } } },
      raters: {
        orderBy: { raterId: "asc" },
        select: { raterId: true, submittedAt: true, rater: { select: { name: true, email: true } } },
      },
    },
  });
  const role = calibration?.cohort.members[0]?.role ?? null;
  if (!calibration || role === null) throw new NotFoundError("No such calibration");
  const own = calibration.raters.find((rater) => rater.raterId === userId);
  const seat = {
    rater: Boolean(own),
    submitted: Boolean(own?.submittedAt),
    mayCalibrate: cohortCapabilitiesFor(role).calibrate,
  };
  if (!mayOpenCalibration(seat)) throw new NotFoundError("No such calibration");
  const reveal = mayReadCalibrationScores(seat);
  const submitted = calibration.raters.filter((rater) => rater.submittedAt).map((rater) => rater.raterId);
  const [rubric, scores] = await Promise.all([
    sessionRubric(db, calibration.session.id),
    db.calibrationScore.findMany({
      where: { calibrationId, raterId: { in: reveal ? [...submitted, userId] : [userId] } },
      select: { raterId: true, dimensionKey: true, level: true, notObserved: true, evidence: true },
    }),
  ]);
  const nameOf = new Map(calibration.raters.map((r) => [r.raterId, r.rater.name ?? r.rater.email]));
  const parsed = scores.map((score) => ({ ...score, evidence: Evidence.catch([]).parse(score.evidence) }));
  const mine = parsed.filter((score) => score.raterId === userId);
  const draft: CalibrationDraft = {
    levels: Object.fromEntries(
      mine.filter((s) => s.level !== null || s.notObserved).map((s) => [s.dimensionKey, s.level]),
    ),
    evidence: Object.fromEntries(mine.map((s) => [s.dimensionKey, s.evidence])),
  };
  const shown = parsed.filter((score) => submitted.includes(score.raterId));
  return {
    id: calibration.id,
    cohortId: calibration.cohortId,
    session: calibration.session,
    rubric,
    createdAt: calibration.createdAt,
    seat: own ? { submitted: Boolean(own.submittedAt), draft } : null,
    raters: calibration.raters.map((rater) => ({
      id: rater.raterId,
      name: nameOf.get(rater.raterId) ?? "",
      submitted: Boolean(rater.submittedAt),
    })),
    dimensions: reveal
      ? rubric.dimensions.map((dimension) => ({
          key: dimension.key,
          title: dimension.title,
          ratings: shown
            .filter((score) => score.dimensionKey === dimension.key)
            .map((score) => ({
              raterId: score.raterId,
              name: nameOf.get(score.raterId) ?? "",
              level: score.level,
              notObserved: score.notObserved,
              evidence: score.evidence,
            })),
        }))
      : null,
  };
}
