export { type FeedbackView, getFeedback } from "./feedback";
export { EvidenceItem, ScorecardDraft, SelfAssessmentDraft } from "./scorecard-input";
export {
  getScorecard,
  releaseFeedback,
  type ScorecardView,
  saveScorecard,
  submitScorecard,
} from "./scorecards";
export { getSelfAssessment, type SelfAssessmentView, saveSelfAssessment } from "./self-assessments";
export { type ScoringRubric, sessionRubric } from "./session-rubric";
