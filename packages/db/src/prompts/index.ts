export { type CohortPromptRow, listCohortPrompts } from "./cohort-prompts";
export {
  contentHash,
  type PromptOwner,
  type SeedReport,
  seedPromptBank,
  upsertPromptVersion,
} from "./prompt-seed";
export { PromptSlug } from "./prompt-slug";
export {
  countBuiltInPrompts,
  createCohortPrompt,
  getPromptBrief,
  getPromptWithGuide,
  listRubricTemplates,
  type PromptBrief,
  type PromptVersionSummary,
  type PromptWithGuide,
  type SavedPrompt,
  updateCohortPrompt,
} from "./prompts";
