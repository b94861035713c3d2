import * as seed000 from "./content/seed-000";
import * as seed004 from "./content/seed-004";
import {
  type Prompt,
  PromptDefinition,
  type RubricTemplate,
  RubricTemplateDefinition,
} from "./schema";

const modules = [seed000, seed004];

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
