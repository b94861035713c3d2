export { findPrompt, findRubric, prompts, rubrics } from "./bank";
export {
  CandidateBrief,
  CustomPromptInput,
  Difficulty,
  FollowUp,
  InterviewerGuide,
  KeyDecision,
  Phase,
  type Prompt,
  PromptDefinition,
  PromptKind,
  RoundType,
  type RubricDimension,
  type RubricTemplate,
  RubricTemplateDefinition,
  SeedId,
} from "./schema";
