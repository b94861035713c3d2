import { contentDir, loadContent } from "./load-content";
import type { Prompt, RubricTemplate } from "./schema";

const content = loadContent(contentDir);

/** Every built-in prompt, parsed (defaults applied) and validated. */
export const prompts: readonly Prompt[] = content.prompts;

/** The shared phase plans (content/shared/phase-templates.yaml), by name. */
export const phaseTemplates = content.phaseTemplates;

/** Every built-in rubric template, parsed and validated. */
export const rubrics: readonly RubricTemplate[] = content.rubrics;

export function findPrompt(slug: string): Prompt | undefined {
  return prompts.find((prompt) => prompt.slug === slug);
}

export function findRubric(slug: string): RubricTemplate | undefined {
  return rubrics.find((rubric) => rubric.slug === slug);
}
