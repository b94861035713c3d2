// Public surface of the interview rules. Each rule lives in its own file; the schemas the
// servers parse with live apart from the rules, so a browser importing a rule gets no zod.
export { AGREEMENT_THRESHOLDS, type AgreementBand, agreementBand } from "./agreement/agreement-band";
export { type BootstrapOptions, bootstrapInterval, type Interval } from "./agreement/bootstrap";
export {
  type DimensionAgreement,
  dimensionAgreement,
  type Rating,
  SCORE_SCALE,
} from "./agreement/dimension-agreement";
export { krippendorffAlpha, type Measurement } from "./agreement/krippendorff-alpha";
export { LENIENCY_MARGIN, type Leniency, leniencyByRater, type ScoreTotal } from "./agreement/leniency";
export { seededRandom } from "./agreement/seeded-random";
export { type Coefficient, type KappaWeights, weightedKappa } from "./agreement/weighted-kappa";
export {
  type CalibrationSeat,
  MAX_CALIBRATION_RATERS,
  MIN_CALIBRATION_RATERS,
  mayOpenCalibration,
  mayReadCalibrationScores,
} from "./calibration/calibration-rules";
export { type Capabilities, capabilitiesFor, type SessionFacts, viewerOf } from "./capabilities";
export {
  COHORT_ACTIONS,
  COHORT_ROLES,
  type CohortAction,
  type CohortCapabilities,
  type CohortRole,
  cohortCapabilitiesFor,
  cohortRolesThatMay,
  cohortSessionSeat,
  leaveRefusal,
  type MembershipRefusal,
  mayInCohort,
  memberChangeRefusal,
} from "./cohort-rules";
export { type GuideAccessFacts, mayReadPromptGuide } from "./guide-access";
export { hearsLiveChange, type LiveChangeKind } from "./live-feed";
export { formatMoment, parseMoment, replayMomentPath } from "./moment";
export { type PhaseBand, phaseBands } from "./phase-bands";
export {
  type DimensionLevel,
  type DimensionMean,
  levelDistribution,
  qualifiedDimension,
  SELF_ASSESSMENT_MARGIN,
  type SelfAssessmentGap,
  type SelfVersusInterviewer,
  selfAssessmentGaps,
  weakestDimensions,
} from "./progress/dimension-stats";
export { type ScoredPromptOption, type SuggestedPrompt, suggestPrompts } from "./progress/suggested-prompts";
export {
  type PastBye,
  type PastMeeting,
  type PlannedRound,
  planRound,
  type RoundPair,
  type RoundRequest,
} from "./rotation/pair-round";
export {
  type CohortFocus,
  inFocus,
  type PracticeRecord,
  type PromptOption,
  practiceArea,
  rankPrompts,
} from "./rotation/prompt-choice";
export { type RoundSession, sessionsForRound } from "./rotation/round-sessions";
export { RUN_REPORT_GRACE_MS, runReportDecision } from "./run-report";
export {
  recommendationLabels,
  recommendationMeanings,
  type ScoreTotals,
  scoreTotals,
  unscoredDimensions,
  type WeightedDimension,
} from "./scorecard";
export { Recommendation, ScoreLevel } from "./scorecard-fields";
export { SessionRole, SessionStatus, Surface } from "./session-enums";
export {
  type Decision,
  decide,
  may,
  SESSION_ACTIONS,
  type SessionAction,
  type SessionViewer,
} from "./session-rules";
export { SESSION_STAGES, type SessionStage, stageOf } from "./session-stage";
export { isSessionOpen } from "./session-status";
export { type SessionSpan, sessionTimeAt } from "./session-time";
export { nextStageToReveal, type VisibleStage, visibleStages } from "./stages";
export { defaultSurface, surfaceOf } from "./surfaces";
export { formatClock, type TimerState, type TimerStatus, timerStateAt } from "./timer";
export { TimerEvent } from "./timer-event";
