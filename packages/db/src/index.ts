// Server-only: the database client and typed data access. Never import this from a
// client component; use "@mockboard/db/types" for types.

export {
  type CatalogueItem,
  type CatalogueQuery,
  type CatalogueResult,
  type FacetCount,
  LENGTH_BUCKETS,
  type LengthBucket,
  searchCatalogue,
} from "./catalogue";
export { createDb, type Db } from "./client";
export { getDashboard, listCohortsForUser, listSessionsForUser, type SessionSummary } from "./dashboard";
export { ForbiddenError, NotFoundError } from "./errors";
export { checkDatabase } from "./health";
export { hashPassword, verifyPassword } from "./passwords";
export {
  contentHash,
  type PromptOwner,
  type SeedReport,
  seedPromptBank,
  upsertPromptVersion,
} from "./prompt-seed";
export {
  createCohortPrompt,
  getCohortRole,
  getPromptBrief,
  getPromptWithGuide,
  listEditableCohorts,
  listRubricTemplates,
  type PromptBrief,
  type PromptWithGuide,
  type RubricDefinition,
  updateCohortPrompt,
} from "./prompts";
export {
  createSession,
  getSessionForParticipant,
  getSessionRole,
  joinSessionByInvite,
  type SessionRole,
} from "./sessions";
export { authenticateUser, EmailTakenError, normalizeEmail, registerUser } from "./users";
