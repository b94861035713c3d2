// Seed 004 (AI engineer interview rounds): combines the part files.
import type { PromptDefinition, RubricTemplateDefinition } from "../schema";
import { prompts as part1Prompts, rubrics as part1Rubrics } from "./seed-004-part1";
import { prompts as part2Prompts, rubrics as part2Rubrics } from "./seed-004-part2";
import { prompts as part3Prompts, rubrics as part3Rubrics } from "./seed-004-part3";
import { prompts as part4Prompts, rubrics as part4Rubrics } from "./seed-004-part4";

export const prompts: PromptDefinition[] = [
  ...part1Prompts,
  ...part2Prompts,
  ...part3Prompts,
  ...part4Prompts,
];

export const rubrics: RubricTemplateDefinition[] = [
  ...part1Rubrics,
  ...part2Rubrics,
  ...part3Rubrics,
  ...part4Rubrics,
];
