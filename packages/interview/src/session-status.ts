import type { SessionStatus } from "./session-enums";

/** Open sessions can still be joined, drawn on and talked in; completed and cancelled ones cannot. */
export function isSessionOpen(status: SessionStatus): boolean {
  return status === "SCHEDULED" || status === "LIVE";
}
