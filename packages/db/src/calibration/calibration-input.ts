import { MAX_CALIBRATION_RATERS, MIN_CALIBRATION_RATERS, ScoreLevel } from "@mockboard/interview";
import { z } from "zod";
import { MemberId } from "../cohorts/cohorts";
import { EvidenceItem } from "../scorecards/scorecard-input";
import { SessionId } from "../sessions/session-id";

export const CalibrationId = z.string().regex(/^[a-z0-9]{20,40}$/, "not a calibration id");

/** A coach asks some of the cohort's people to score a finished session's replay blind. */
export const CalibrationRequest = z.object({
  sessionId: SessionId,
  raterIds: z
    .array(MemberId)
    .min(MIN_CALIBRATION_RATERS)
    .max(MAX_CALIBRATION_RATERS)
    .refine((ids) => new Set(ids).size === ids.length, "Each rater once"),
});
export type CalibrationRequest = z.infer<typeof CalibrationRequest>;

/** One rater's blind scores as their browser saves them: the scorecard's levels and evidence. */
export const CalibrationDraft = z.object({
  levels: z.record(z.string().max(80), ScoreLevel),
  evidence: z.record(z.string().max(80), z.array(EvidenceItem.omit({ noteId: true })).max(30)),
});
export type CalibrationDraft = z.infer<typeof CalibrationDraft>;
