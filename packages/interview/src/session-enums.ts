import { z } from "zod";

// The session's enums as schemas, for the servers that parse them. The rules import only
// their types, so a browser bundle that needs a rule never carries zod.

/**
 * Where a person stands in a session. Observers are the cohort's owners and coaches; a guest
 * is a member of the session's cohort a participant shared the replay with.
 */
export const SessionRole = z.enum(["interviewer", "candidate", "observer", "guest", "none"]);
export type SessionRole = z.infer<typeof SessionRole>;

export const SessionStatus = z.enum(["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"]);
export type SessionStatus = z.infer<typeof SessionStatus>;

/** What the room shows: the board, the code pad, or both side by side. */
export const Surface = z.enum(["board", "code", "both"]);
export type Surface = z.infer<typeof Surface>;
