import { MIN_CALIBRATION_RATERS, unscoredDimensions } from "@mockboard/interview";
import type { Db } from "../client";
import { loadCohortAccess, requireCohortRight } from "../cohorts/cohort-access";
import { ConflictError, NotFoundError } from "../errors";
import { notify } from "../notifications/notifications";
import { sessionRubric } from "../scorecards/session-rubric";
import type { CalibrationDraft, CalibrationRequest } from "./calibration-input";

/**
 * A coach or owner asks cohort members to score a finished session of the cohort blind.
 * The session's candidate is never a rater (they would be scoring themselves); each rater
 * is told in the app.
 */
export async function requestCalibration(
  db: Db,
  cohortId: string,
  userId: string,
  request: CalibrationRequest,
): Promise<{ id: string }> {
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.calibrate, "Only the cohort's owners and coaches ask for calibration");
  const session = await db.interviewSession.findFirst({
    where: { id: request.sessionId, cohortId, status: "COMPLETED" },
    select: { id: true, title: true, candidateId: true },
  });
  if (!session) throw new NotFoundError("No finished session of this cohort with that id");
  const raterIds = request.raterIds.filter((id) => id !== session.candidateId);
  const members = await db.cohortMember.findMany({
    where: { cohortId, userId: { in: raterIds } },
    select: { userId: true },
  });
  if (members.length !== request.raterIds.length) {
    throw new ConflictError("Raters must be members of the cohort other than the session's candidate");
  }
  if (members.length < MIN_CALIBRATION_RATERS) throw new ConflictError("Ask at least two raters");
  return db.$transaction(async (tx) => {
    const calibration = await tx.calibration.create({
      data: {
        cohortId,
        sessionId: session.id,
        requestedById: userId,
        raters: { create: raterIds.map((raterId) => ({ raterId })) },
      },
      select: { id: true },
    });
    await notify(
      tx,
      raterIds.map((raterId) => ({
        userId: raterId,
        kind: "CALIBRATION_REQUESTED" as const,
        title: `Score “${session.title}” blind`,
        body: "Watch the replay and score it; you see the others' scores once you submit yours.",
        href: `/cohorts/${cohortId}/calibration/${calibration.id}`,
      })),
    );
    return calibration;
  });
}

/** The caller's unsubmitted seat in a calibration, or NotFound / Conflict. */
async function openSeat(db: Db, calibrationId: string, userId: string) {
  const seat = await db.calibrationRater.findUnique({
    where: { calibrationId_raterId: { calibrationId, raterId: userId } },
    select: { submittedAt: true, calibration: { select: { sessionId: true, cohortId: true } } },
  });
  // A rater who left the cohort lost their seat (departCohort); a stale row stays refused.
  const member = seat
    ? await db.cohortMember.findUnique({
        where: { cohortId_userId: { cohortId: seat.calibration.cohortId, userId } },
        select: { role: true },
      })
    : null;
  if (!seat || !member) throw new NotFoundError("No such calibration");
  if (seat.submittedAt) throw new ConflictError("Your scores are submitted");
  return seat.calibration;
}

/** Saves a rater's blind levels and evidence (autosave); only the rubric's dimensions count. */
export async function saveCalibrationScores(
  db: Db,
  calibrationId: string,
  userId: string,
  draft: CalibrationDraft,
): Promise<void> {
  const { sessionId } = await openSeat(db, calibrationId, userId);
  const rubric = await sessionRubric(db, sessionId);
  const keys = rubric.dimensions.map((dimension) => dimension.key);
  await db.$transaction([
    db.calibrationScore.deleteMany({ where: { calibrationId, raterId: userId } }),
    db.calibrationScore.createMany({
      data: keys
        .filter((key) => key in draft.levels || (draft.evidence[key]?.length ?? 0) > 0)
        .map((key) => {
          const level = draft.levels[key];
          return {
            calibrationId,
            raterId: userId,
            dimensionKey: key,
            level: level ?? null,
            notObserved: key in draft.levels && level === null,
            evidence: draft.evidence[key] ?? [],
          };
        }),
    }),
  ]);
}

/** Submits a rater's scores: every dimension needs a level or "not observed". */
export async function submitCalibration(db: Db, calibrationId: string, userId: string): Promise<void> {
  const { sessionId } = await openSeat(db, calibrationId, userId);
  const [rubric, scores] = await Promise.all([
    sessionRubric(db, sessionId),
    db.calibrationScore.findMany({
      where: { calibrationId, raterId: userId },
      select: { dimensionKey: true, level: true, notObserved: true },
    }),
  ]);
  const levels = Object.fromEntries(
    scores.filter((score) => score.level !== null || score.notObserved).map((s) => [s.dimensionKey, s.level]),
  );
  const missing = unscoredDimensions(rubric.dimensions, levels);
  if (missing.length > 0) throw new ConflictError(`Score every dimension first (${missing.join(", ")})`);
  const { count } = await db.calibrationRater.updateMany({
    where: { calibrationId, raterId: userId, submittedAt: null },
    data: { submittedAt: new Date() },
  });
  if (count === 0) throw new ConflictError("Your scores are submitted");
}
