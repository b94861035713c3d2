import { Recommendation, ScoreLevel } from "@mockboard/interview";
import { z } from "zod";
import { NoteId } from "../notes/notes";

export const EvidenceItem = z.object({
  text: z.string().trim().min(1).max(2_000),
  /** A moment of the session (ms since start) the evidence points at. */
  atMs: z.number().int().min(0).optional(),
  /**
   * The interviewer's note this was copied from, so the scorecard can say so: a private note
   * reaches the candidate only as evidence the interviewer kept. Never sent to the candidate.
   */
  noteId: NoteId.optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/** A scorecard draft as the interviewer's browser autosaves it. */
export const ScorecardDraft = z.object({
  /** Dimension key -> level 1-4, or null for "not observed"; absent = not decided yet. */
  levels: z.record(z.string().max(80), ScoreLevel),
  evidence: z.record(z.string().max(80), z.array(EvidenceItem).max(30)),
  recommendation: Recommendation.nullable(),
  summary: z.string().max(10_000),
});
export type ScorecardDraft = z.infer<typeof ScorecardDraft>;

export const SelfAssessmentDraft = z.object({
  levels: z.record(z.string().max(80), ScoreLevel),
  summary: z.string().max(10_000),
});
export type SelfAssessmentDraft = z.infer<typeof SelfAssessmentDraft>;
