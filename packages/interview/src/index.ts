// Public surface of the interview rules. Each rule lives in its own file.
export {
  type Capabilities,
  capabilitiesFor,
  type SessionFacts,
  SessionRole,
  SessionStatus,
} from "./capabilities";
export { type GuideAccessFacts, mayReadPromptGuide } from "./guide-access";
export {
  Recommendation,
  recommendationLabels,
  ScoreLevel,
  type ScoreTotals,
  scoreTotals,
  unscoredDimensions,
  type WeightedDimension,
} from "./scorecard";
export { isSessionOpen } from "./session-status";
export { formatClock, TimerEvent, type TimerState, type TimerStatus, timerStateAt } from "./timer";
