import { type SessionSpan, sessionTimeAt } from "@mockboard/interview";

/** The session's clock as a browser reads it: its own clock corrected to the server's. */
export interface SessionClock {
  /** The server's clock now. */
  serverNow(): number;
  /** Session time now (`sessionTimeAt`: ms since the start, stopping at the end); null before the start. */
  sessionTime(): number | null;
}

/**
 * The room makes one of these from its live state and every panel asks it. It reads
 * `Date.now()` at each call, so a notes tab opened minutes after the page, or a marker after
 * a reload, gets the time of the asking, never the time a component mounted.
 * `clockOffsetMs` is the server's clock minus this browser's, measured on a state read.
 */
export function sessionClock(span: SessionSpan, clockOffsetMs: number): SessionClock {
  // Whole milliseconds: the offset is a round trip's midpoint, and the server takes integers.
  const serverNow = () => Math.round(Date.now() + clockOffsetMs);
  return { serverNow, sessionTime: () => sessionTimeAt(span, serverNow()) };
}
