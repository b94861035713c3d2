export { loadSessionAccess, type SessionAccess } from "./access";
export {
  CODE_EVENTS_PER_SESSION,
  CodeEventInput,
  chooseSurface,
  loadSurface,
  recordCodeEvent,
  SurfaceInput,
} from "./code-pad";
export {
  listenForSessionChanges,
  notifySessionChanged,
  SESSION_FEED_CHANNEL,
  SessionChange,
  type SessionFeedListener,
} from "./feed";
export { cancelSession, endSession, startSession } from "./lifecycle";
export { type PlannedPhase, parsePhasePlan } from "./phase-plan";
export {
  getSessionForParticipant,
  loadRoom,
  type ParticipantView,
  type RoomSession,
  type RoomView,
} from "./room";
export { getRoomState, type RoomState } from "./room-state";
export { countRevealedStages, RevealStageInput, revealStage } from "./stages";
export { getTimeline, listTimelineEntries, type TimelineEntry } from "./timeline";
export { applyTimerAction, loadTimerEvents, TimerAction } from "./timer";
