export { findPrompt, findRubric, prompts, rubrics } from "./bank";
export {
  CandidateBrief,
  Difficulty,
  FollowUp,
  InterviewerGuide,
  KeyDecision,
  Phase,
  type Prompt,
  PromptDefinition,
  PromptKind,
  type RubricDimension,
  type RubricTemplate,
  RubricTemplateDefinition,
  RoundType,
  SeedId,
} from "./schema";
