// Server-only: the database client and typed data access, one folder per domain. Never
// import this from a client component; use "@mockboard/db/types" for types.

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
export {
  CohortId,
  type CohortMembership,
  getCohortRole,
  listCohortsForUser,
  listEditableCohorts,
} from "./cohorts/cohorts";
export { ConflictError, ForbiddenError, NotFoundError, QuotaExceededError } from "./errors";
export { checkDatabase } from "./health";
export { INVITE_LIFETIME_MS, InviteCode } from "./invites/invite-code";
export {
  acceptInvite,
  type InvitePreview,
  previewInvite,
  removeCandidate,
  revokeInvite,
  rotateInvite,
} from "./invites/invites";
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
