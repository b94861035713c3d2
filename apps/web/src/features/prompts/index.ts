// Public surface of the prompts feature: the catalogue, the prompt page, the editor and
// its write routes, and the views of a brief, a guide and a phase plan other features show.
export { CataloguePage } from "./CataloguePage";
export { InterviewerGuideView } from "./components/InterviewerGuideView";
export { PhasePlan } from "./components/PhasePlan";
export { PromptBriefView } from "./components/PromptBriefView";
export { PromptStagesView } from "./components/PromptStagesView";
export { EditPromptPage } from "./EditPromptPage";
export { difficultyLabel, kindLabel, roundTypeLabel } from "./labels";
export { NewPromptPage } from "./NewPromptPage";
export { PromptPage } from "./PromptPage";
export { createCohortPromptPOST } from "./server/create-cohort-prompt-route";
export { updatePromptPUT } from "./server/update-prompt-route";
