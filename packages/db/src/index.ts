// Server-only: the database client and typed data access, one folder per domain. Never
// import this from a client component; use "@mockboard/db/types" for types.

export {
  type CalibratableSession,
  CalibrationDraft,
  CalibrationId,
  type CalibrationRating,
  CalibrationRequest,
  type CalibrationView,
  type CohortCalibration,
  getCalibration,
  getCohortCalibration,
  listCalibratableSessions,
  requestCalibration,
  saveCalibrationScores,
  submitCalibration,
} from "./calibration";
export {
  type CatalogueItem,
  type CatalogueQuery,
  type CatalogueResult,
  CatalogueSort,
  type FacetCount,
  searchCatalogue,
} from "./catalogue/catalogue";
export { LENGTH_BUCKETS, LengthBucket, lengthBucketLabel } from "./catalogue/length-buckets";
export { createDb, type Db } from "./client";
export { type CohortAccess, loadCohortAccess } from "./cohorts/cohort-access";
export { type CohortOverview, getCohortOverview } from "./cohorts/cohort-overview";
export {
  COHORTS_PER_DAY,
  CohortSettings,
  createCohort,
  updateCohortSettings,
} from "./cohorts/cohort-settings";
export {
  CohortId,
  type CohortMembership,
  getCohortRole,
  listCohortsForUser,
  listEditableCohorts,
  MemberId,
} from "./cohorts/cohorts";
export {
  type CohortMemberRow,
  changeMemberRole,
  leaveCohort,
  listCohortMembers,
  removeMember,
} from "./cohorts/members";
export { ConflictError, ForbiddenError, NotFoundError, QuotaExceededError } from "./errors";
export { checkDatabase } from "./health";
export {
  type CohortInvitePreview,
  revokeCohortInvite,
  rotateCohortInvite,
} from "./invites/cohort-invites";
export { COHORT_INVITE_LIFETIME_MS, INVITE_LIFETIME_MS, InviteCode } from "./invites/invite-code";
export { acceptInvite, type InvitePreview, type InviteTarget, previewInvite } from "./invites/invites";
export {
  removeCandidate,
  revokeInvite,
  rotateInvite,
  type SessionInvitePreview,
} from "./invites/session-invites";
export {
  applyTimerAction,
  CODE_EVENTS_PER_SESSION,
  CodeEventInput,
  cancelSession,
  chooseSurface,
  endSession,
  getRoomState,
  getTimeline,
  listenForSessionChanges,
  listTimelineEntries,
  loadSessionAccess,
  notifySessionChanged,
  type PlannedPhase,
  parsePhasePlan,
  RevealStageInput,
  type RoomState,
  recordCodeEvent,
  revealStage,
  SESSION_FEED_CHANNEL,
  type SessionAccess,
  SessionChange,
  type SessionFeedListener,
  SurfaceInput,
  startSession,
  type TimelineEntry,
  TimerAction,
} from "./live-session";
export { deleteNote, listNotes, NoteId, NoteInput, type NoteView, saveNote } from "./notes";
export {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
  type NotificationView,
} from "./notifications";
export { type CohortProgress, getCohortProgress } from "./progress/cohort-progress";
export {
  type DimensionSeries,
  getMemberProgress,
  type MemberProgress,
  type RubricFamily,
} from "./progress/member-progress";
export { type CohortPromptRow, listCohortPrompts } from "./prompts/cohort-prompts";
export {
  contentHash,
  type PromptOwner,
  type SeedReport,
  seedPromptBank,
  upsertPromptVersion,
} from "./prompts/prompt-seed";
export { PromptSlug } from "./prompts/prompt-slug";
export {
  countBuiltInPrompts,
  createCohortPrompt,
  getPromptBrief,
  getPromptWithGuide,
  listRubricTemplates,
  type PromptBrief,
  type PromptVersionSummary,
  type PromptWithGuide,
  type SavedPrompt,
  updateCohortPrompt,
} from "./prompts/prompts";
export { createRateLimitPool, RATE_LIMIT_TABLE } from "./rate-limits/rate-limit-store";
export {
  type BoardIndexEntry,
  getReplaySharing,
  lastBoardSeq,
  listKeyframes,
  loadBoardIndex,
  loadBoardUpdates,
  loadKeyframe,
  loadReplayAccess,
  loadReplayView,
  type ReplayAccess,
  type ReplaySharing,
  type ReplayView,
  revokeReplayShare,
  shareReplay,
} from "./replay";
export { discardRoundDraft, generateRoundDraft, RoundRequestInput } from "./rotation/draft-round";
export { setPairingPrompt, swapRoundMembers } from "./rotation/edit-round";
export { publishRound } from "./rotation/publish-round";
export { PairingId, RoundId } from "./rotation/rotation-ids";
export {
  getRotation,
  type RotationView,
  type RoundPairingView,
  type RoundView,
} from "./rotation/rotation-view";
export {
  CalendarFeedToken,
  createCalendarFeed,
  getCalendarFeedStatus,
  resolveCalendarFeed,
  revokeCalendarFeed,
} from "./schedule/calendar-feeds";
export {
  getSessionCalendarEntry,
  listCalendarSessions,
  listCohortSchedule,
  type ScheduledCalendarEntry,
  type ScheduledSessionView,
} from "./schedule/schedule";
export {
  EvidenceItem,
  type FeedbackView,
  getFeedback,
  getScorecard,
  getSelfAssessment,
  releaseFeedback,
  ScorecardDraft,
  type ScorecardView,
  type ScoringRubric,
  SelfAssessmentDraft,
  type SelfAssessmentView,
  saveScorecard,
  saveSelfAssessment,
  sessionRubric,
  submitScorecard,
} from "./scorecards";
export { SessionId } from "./sessions/session-id";
export {
  countSessionsForUser,
  listSessionsForUser,
  type SessionCounts,
  type SessionFilter,
  type SessionSummary,
} from "./sessions/session-lists";
export {
  type CreatedSession,
  createSession,
  getSessionForParticipant,
  type ParticipantView,
} from "./sessions/sessions";
export { swapRoles } from "./sessions/swap-roles";
export { STORAGE_LIMITS, type StorageLimits } from "./storage-limits";
export { DEMO_ACCOUNTS, DEMO_PASSWORD, disableDemoPasswords, seedDemoData } from "./users/demo-accounts";
export {
  hashPassword,
  PASSWORD_HASHING,
  PasswordHashingBusyError,
  passwordHashingStats,
  verifyPassword,
} from "./users/passwords";
export { endSignIn, isSignInCurrent, type SignIn, signOutEverywhere } from "./users/sign-in-sessions";
export {
  authenticateUser,
  normalizeEmail,
  type PublicUser,
  type Registration,
  registerUser,
} from "./users/users";
export {
  getVideoRoom,
  type RecordedVideoEvent,
  recordVideoEvent,
  VideoEvent,
  VideoEventName,
  type VideoRoom,
  videoRightOf,
} from "./video-events";
