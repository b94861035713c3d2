// Server-only: the database client and typed data access. Never import this from a
// client component; use "@mockboard/db/types" for types.
export { createDb, type Db } from "./client";
export { getDashboard, listCohortsForUser, listSessionsForUser, type SessionSummary } from "./dashboard";
export { checkDatabase } from "./health";
export { hashPassword, verifyPassword } from "./passwords";
export {
  contentHash,
  type PromptOwner,
  type SeedReport,
  seedPromptBank,
  upsertPromptVersion,
} from "./prompt-seed";
export { authenticateUser, EmailTakenError, normalizeEmail, registerUser } from "./users";
