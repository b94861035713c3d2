// Type-only exports, safe for client components (erased at build time).
export type {
  CohortRole,
  Difficulty,
  NoteVisibility,
  PromptKind,
  Recommendation,
  SessionEventKind,
  SessionStatus,
} from "@prisma/client";
export type { CatalogueItem, CatalogueResult, FacetCount } from "./catalogue/catalogue";
export type { LengthBucket } from "./catalogue/length-buckets";
export type { CohortMembership } from "./cohorts/cohorts";
export type { TimelineEntry } from "./live-session/timeline";
export type { PromptBrief, PromptWithGuide } from "./prompts/prompts";
export type { SessionSummary } from "./sessions/session-lists";
