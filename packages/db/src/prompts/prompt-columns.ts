// Prompt rows keep brief, guide, phases and rubric definitions as JSON columns. They are
// parsed here, once, with the bank's schemas: callers only ever see typed objects.
import {
  CandidateBrief,
  InterviewerGuide,
  Phase,
  type RubricTemplate,
  RubricTemplateDefinition,
} from "@mockboard/prompt-bank";
import { z } from "zod";

export const PhasePlan = z.array(Phase);

export function parseBrief(json: unknown): CandidateBrief {
  return CandidateBrief.parse(json);
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
