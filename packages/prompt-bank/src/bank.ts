import * as seed000 from "./content/seed-000";
import * as seed001 from "./content/seed-001";
import * as seed002 from "./content/seed-002";
import * as behavioral from "./content/seed-003-behavioral";
import * as design from "./content/seed-003-design";
import * as seed004 from "./content/seed-004";
import { type Prompt, PromptDefinition, type RubricTemplate, RubricTemplateDefinition } from "./schema";

const modules = [seed000, seed001, seed002, design, behavioral, seed004];

/** Every built-in prompt, parsed (defaults applied) and validated. */
export const prompts: readonly Prompt[] = modules.flatMap((module) =>
  module.prompts.map((prompt) => PromptDefinition.parse(prompt)),
);

/** Every built-in rubric template, parsed and validated. */
export const rubrics: readonly RubricTemplate[] = modules.flatMap((module) =>
  module.rubrics.map((rubric) => RubricTemplateDefinition.parse(rubric)),
);

export function findPrompt(slug: string): Prompt | undefined {
  return prompts.find((prompt) => prompt.slug === slug);
}

export function findRubric(slug: string): RubricTemplate | undefined {
  return rubrics.find((rubric) => rubric.slug === slug);
}
