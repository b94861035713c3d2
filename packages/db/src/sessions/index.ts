export { SessionId } from "./session-id";
export {
  countSessionsForUser,
  listSessionsForUser,
  type SessionCounts,
  type SessionFilter,
  type SessionSummary,
} from "./session-lists";
export { type CreatedSession, createSession } from "./sessions";
export { swapRoles } from "./swap-roles";
