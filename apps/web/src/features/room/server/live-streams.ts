import "server-only";

/** Open live streams per person per web process: a few tabs, not thousands. */
export const LIVE_STREAMS_PER_PERSON = 8;

// Kept on globalThis: Next may evaluate this module in more than one bundle.
const KEY = Symbol.for("mockboard.liveStreamsByPerson");
const holder = globalThis as unknown as Record<symbol, Map<string, number> | undefined>;

function counts(): Map<string, number> {
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/**
 * Takes one of the person's stream slots; returns its release (idempotent), or null when
 * every slot is taken.
 */
export function takeLiveStreamSlot(userId: string): (() => void) | null {
  const open = counts().get(userId) ?? 0;
  if (open >= LIVE_STREAMS_PER_PERSON) return null;
  counts().set(userId, open + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (counts().get(userId) ?? 1) - 1;
    if (left > 0) counts().set(userId, left);
    else counts().delete(userId);
  };
}
