// What a browser bundle gets (the "browser" export condition): the schemas and types, none of
// the content, which is read from disk with node:fs. Client components only need the schemas.

export {
  type Checklist,
  PrepGuide,
  type PrepGuideDefinition,
  type PrepStep,
  type RampWeek,
  type RoundPlanStep,
} from "./prep-guide-schema";
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
  PromptStage,
  RoundType,
  type RubricDimension,
  type RubricTemplate,
  RubricTemplateDefinition,
  SeedId,
} from "./schema";
