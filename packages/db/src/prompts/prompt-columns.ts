// Prompt rows keep brief, guide, phases and rubric definitions as JSON columns. They are
// parsed here, once, with the bank's schemas: callers only ever see typed objects.
import {
  CandidateBrief,
  InterviewerGuide,
  Phase,
  PromptStage,
  type RubricTemplate,
  RubricTemplateDefinition,
} from "@mockboard/prompt-bank";
import { z } from "zod";

/**
 * Phases stored before the candidate/interviewer split had one `goal`, which often stated
 * the expected answer: it becomes `lookFor` (interviewer-only), and the candidate gets a
 * neutral instruction. Sessions keep the prompt version they were created with, so old
 * rows are read this way for good.
 */
const StoredPhase = z.preprocess((value) => {
  if (value && typeof value === "object" && "goal" in value && !("lookFor" in value)) {
    const { goal, ...rest } = value as Record<string, unknown>;
    return { instruction: "Work through this part with your interviewer.", ...rest, lookFor: goal };
  }
  return value;
}, Phase);

export const PhasePlan = z.array(StoredPhase);

export function parseBrief(json: unknown): CandidateBrief {
  return CandidateBrief.parse(json);
}

/** A prompt's staged parts; rows from before stages existed hold the column's default, []. */
export const PromptStages = z.array(PromptStage);

export function parseStages(json: unknown): PromptStage[] {
  return PromptStages.parse(json);
}

export function parseGuide(json: unknown): InterviewerGuide {
  return InterviewerGuide.parse(json);
}

export function parsePhases(json: unknown): Phase[] {
  return PhasePlan.parse(json);
}

export function parseRubric(json: unknown): RubricTemplate {
  return RubricTemplateDefinition.parse(json);
}
