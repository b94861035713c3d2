// Server-only: the database client and typed data access, one folder per domain. Never
// import this from a client component; use "@mockboard/db/types" for types. Each domain's
// index.ts names what it offers; this file only gathers them.

export * from "./calibration";
export * from "./catalogue";
export { createDb, type Db } from "./client";
export * from "./cohorts";
export { ConflictError, ForbiddenError, NotFoundError, QuotaExceededError } from "./errors";
export { checkDatabase } from "./health";
export * from "./invites";
export * from "./live-session";
export * from "./notes";
export * from "./notifications";
export * from "./progress";
export * from "./prompts";
export * from "./rate-limits";
export * from "./replay";
export * from "./rotation";
export * from "./schedule";
export * from "./scorecards";
export * from "./sessions";
export { STORAGE_LIMITS, type StorageLimits } from "./storage-limits";
export * from "./users";
export * from "./video-events";
