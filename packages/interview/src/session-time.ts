/** When a session started and ended, in epoch milliseconds on the server's clock. */
export interface SessionSpan {
  startedAt: number | null;
  endedAt: number | null;
}

/**
 * The session's one clock: milliseconds since it started (its STARTED event), stopping at
 * its end; null before the start. Notes, evidence, the timeline and the replay all point at
 * moments on this clock, so a note at 3:05 plays back at 3:05.
 */
export function sessionTimeAt(span: SessionSpan, now: number): number | null {
  if (span.startedAt === null) return null;
  const until = span.endedAt === null ? now : Math.min(now, span.endedAt);
  return Math.max(0, until - span.startedAt);
}
