// Type-only exports, safe for client components (erased at build time).
export type {
  CohortRole,
  Difficulty,
  NoteVisibility,
  NotificationKind,
  PromptKind,
  Recommendation,
  RotationSeat,
  RotationStatus,
  SessionEventKind,
  SessionStatus,
} from "@prisma/client";
export type { CalibrationDraft, CalibrationView } from "./calibration";
export type { CatalogueItem, CatalogueResult, FacetCount } from "./catalogue/catalogue";
export type { LengthBucket } from "./catalogue/length-buckets";
export type { CohortOverview } from "./cohorts/cohort-overview";
export type { CohortMembership } from "./cohorts/cohorts";
export type { CohortMemberRow } from "./cohorts/members";
export type { TimelineEntry } from "./live-session/timeline";
export type { NotificationView } from "./notifications";
export type { CohortProgress } from "./progress/cohort-progress";
export type { DimensionSeries, MemberProgress, RubricFamily } from "./progress/member-progress";
export type { PromptBrief, PromptWithGuide } from "./prompts/prompts";
export type { RotationView, RoundPairingView, RoundView } from "./rotation/rotation-view";
export type { ScheduledCalendarEntry, ScheduledSessionView } from "./schedule/schedule";
export type { SessionSummary } from "./sessions/session-lists";
