// When the browser has given a room's live feed up for good (an error answer, which
// EventSource never retries), the room asks for its state to learn why, then decides.

/** Answers that mean this person may not follow the room (signed out, removed, no such session). */
const REFUSALS = new Set([401, 403, 404]);

const FIRST_REOPEN_MS = 1000;
const MAX_REOPEN_MS = 10_000;

/**
 * What to do after a feed was given up, from the status of a fresh read of the room's state
 * (null: no answer at all). A refusal is final; a readable state means the feed can open
 * again now; anything else (a proxy's 502 while no web node is up, a 5xx) means later.
 */
export function afterFeedLost(status: number | null): "stop" | "reopen" | "wait" {
  if (status !== null && REFUSALS.has(status)) return "stop";
  if (status !== null && status >= 200 && status < 300) return "reopen";
  return "wait";
}

/**
 * How long to wait before attempt `attempt` (1, 2, ...) to reach the room again: doubling
 * from 1 s up to 10 s, each spread by up to a fifth either way so that every browser of a
 * room does not knock at the same moment when the web nodes come back.
 */
export function reopenDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_REOPEN_MS, FIRST_REOPEN_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
