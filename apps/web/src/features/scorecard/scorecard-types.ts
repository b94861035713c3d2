import { Recommendation, ScoreLevel } from "@mockboard/interview";
import { z } from "zod";

// Response shapes of the scorecard, self-assessment and feedback endpoints; the routes
// build their answers from these, the browser reads them as these types.

export const RubricDto = z.object({
  slug: z.string(),
  title: z.string(),
  dimensions: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      description: z.string(),
      weight: z.number(),
      levels: z.array(z.string()),
    }),
  ),
});
export type RubricDto = z.infer<typeof RubricDto>;
export type RubricDimensionDto = RubricDto["dimensions"][number];

export const EvidenceItemDto = z.object({
  text: z.string(),
  atMs: z.number().optional(),
  /** The interviewer's note this was copied from (interviewer only; feedback never carries it). */
  noteId: z.string().optional(),
});
export type EvidenceItemDto = z.infer<typeof EvidenceItemDto>;

export const ScorecardDraftDto = z.object({
  levels: z.record(z.string(), ScoreLevel),
  evidence: z.record(z.string(), z.array(EvidenceItemDto)),
  recommendation: Recommendation.nullable(),
  summary: z.string(),
});
export type ScorecardDraftDto = z.infer<typeof ScorecardDraftDto>;

export const ScorecardDto = z.object({
  rubric: RubricDto,
  draft: ScorecardDraftDto,
  submittedAt: z.string().nullable(),
  releasedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  revisions: z.number(),
  unreleasedEdits: z.boolean(),
});
export type ScorecardDto = z.infer<typeof ScorecardDto>;

const SelfDraftDto = z.object({ levels: z.record(z.string(), ScoreLevel), summary: z.string() });

export const SelfAssessmentDto = z.object({
  rubric: RubricDto,
  draft: SelfDraftDto,
  submittedAt: z.string().nullable(),
});
export type SelfAssessmentDto = z.infer<typeof SelfAssessmentDto>;

export const FeedbackDto = z.object({
  released: z.boolean(),
  rubric: RubricDto,
  interviewer: ScorecardDraftDto.nullable(),
  self: SelfDraftDto.nullable(),
});
export type FeedbackDto = z.infer<typeof FeedbackDto>;
