// Public surface of the scorecard feature: scoring, self-assessment, release and feedback.
export { FeedbackView } from "./components/FeedbackView";
// Fetched when first shown (lazy-panels.tsx).
export { ScorecardPanel, SelfAssessmentPanel } from "./components/lazy-panels";
export {
  feedbackGET,
  feedbackReleasePOST,
  scorecardGET,
  scorecardPUT,
  scorecardSubmitPOST,
  selfAssessmentGET,
  selfAssessmentPUT,
} from "./server/scorecard-routes";
