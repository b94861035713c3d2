// Public surface of the interview rules. Each rule lives in its own file; the schemas the
// servers parse with live apart from the rules, so a browser importing a rule gets no zod.
export { type Capabilities, capabilitiesFor, type SessionFacts, viewerOf } from "./capabilities";
export {
  COHORT_ACTIONS,
  COHORT_ROLES,
  type CohortAction,
  type CohortCapabilities,
  type CohortRole,
  cohortCapabilitiesFor,
  cohortRolesThatMay,
  mayInCohort,
} from "./cohort-rules";
export { type GuideAccessFacts, mayReadPromptGuide } from "./guide-access";
export { formatMoment, parseMoment, replayMomentPath } from "./moment";
export { type PhaseBand, phaseBands } from "./phase-bands";
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
