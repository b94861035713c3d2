import type { PromptDefinition, RubricTemplateDefinition } from "../schema";
import { prompts as part1 } from "./seed-002-part1";
import { prompts as part2 } from "./seed-002-part2";

export const prompts: PromptDefinition[] = [...part1, ...part2];
export const rubrics: RubricTemplateDefinition[] = [];
