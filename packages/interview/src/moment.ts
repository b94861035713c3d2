// A moment of a session as it travels in a replay link: `?t=12m34s` (also `1h2m3s`, `754s`
// or plain seconds), always on the session clock (ms since the STARTED event).

/** "12m34s", "1h02m03s", "0s": whole seconds, rounded down. */
export function formatMoment(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours}h${String(minutes).padStart(2, "0")}m${String(seconds).padStart(2, "0")}s`;
  return minutes > 0 ? `${minutes}m${String(seconds).padStart(2, "0")}s` : `${seconds}s`;
}

/** Milliseconds of a `t` value, or null when it is not a moment. */
export function parseMoment(value: string | null | undefined): number | null {
  if (!value) return null;
  const match = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/.exec(value.trim());
  if (!match || value.trim() === "" || (!match[1] && !match[2] && !match[3])) return null;
  const [, hours = "0", minutes = "0", seconds = "0"] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

/** The replay page at a moment. */
export function replayMomentPath(sessionId: string, ms: number): string {
  return `/sessions/${sessionId}/replay?t=${formatMoment(ms)}`;
}
