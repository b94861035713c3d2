/**
 * One reading of the server's clock against this browser's, NTP-style: the server stamped
 * `serverNow` after spending `serverMs` on the request, so the reading is taken as the
 * middle of the round trip less that time. `errorMs` bounds how far off it can be: half
 * the time the request spent outside the server (network, queues, a busy tab).
 */
export interface ClockReading {
  offsetMs: number;
  errorMs: number;
  takenAt: number;
}

export function clockReading(sample: {
  sent: number;
  received: number;
  serverNow: number;
  serverMs: number;
}): ClockReading {
  const serverMs = Math.min(Math.max(sample.serverMs, 0), sample.received - sample.sent);
  const arrived = (sample.sent + sample.received + serverMs) / 2;
  return {
    offsetMs: sample.serverNow - arrived,
    errorMs: (sample.received - sample.sent - serverMs) / 2,
    takenAt: sample.received,
  };
}

/** How long a reading stays preferred over a less certain new one (clocks drift slowly). */
export const READING_KEPT_MS = 5 * 60_000;

/**
 * The reading to keep: the more certain of the two, unless the kept one is old. A slow state
 * read on a loaded machine or a phone would otherwise move every note's time by seconds.
 */
export function betterReading(kept: ClockReading, next: ClockReading): ClockReading {
  if (next.errorMs <= kept.errorMs) return next;
  return next.takenAt - kept.takenAt > READING_KEPT_MS ? next : kept;
}

/** The app's share of a request from its Server-Timing header (`app;dur=12.5`), else 0. */
export function serverMsOf(header: string | null): number {
  const match = header?.match(/(?:^|,)\s*app;(?:[^,]*;)?\s*dur=([\d.]+)/);
  return match ? Number(match[1]) : 0;
}
