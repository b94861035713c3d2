// Public surface of the scorecard feature: scoring, self-assessment, release and feedback.
export { FeedbackView } from "./components/FeedbackView";
export { ScorecardPanel } from "./components/ScorecardPanel";
export { SelfAssessmentPanel } from "./components/SelfAssessmentPanel";
export {
  feedbackGET,
  feedbackReleasePOST,
  scorecardGET,
  scorecardPUT,
  scorecardSubmitPOST,
  selfAssessmentGET,
  selfAssessmentPUT,
} from "./server/scorecard-routes";
