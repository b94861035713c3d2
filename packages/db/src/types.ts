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
export type { CatalogueItem, CatalogueResult, FacetCount, LengthBucket } from "./catalogue";
export type { SessionSummary } from "./dashboard";
export type { PromptBrief, PromptWithGuide } from "./prompts";
