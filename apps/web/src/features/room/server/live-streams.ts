import "server-only";

/** Open live streams per person per web process: a few tabs, not thousands. */
export const LIVE_STREAMS_PER_PERSON = 8;
/**
 * Open live streams per address (an IPv6 /64) per web process: a classroom or an office
 * behind one address, not one client signing in as many accounts to hold thousands.
 */
export const LIVE_STREAMS_PER_ADDRESS = 64;

// Kept on globalThis: Next may evaluate this module in more than one bundle.
const KEY = Symbol.for("mockboard.liveStreamsOpen");
const holder = globalThis as unknown as Record<symbol, Map<string, number> | undefined>;

function counts(): Map<string, number> {
  holder[KEY] ??= new Map();
  return holder[KEY];
}

function release(key: string) {
  const left = (counts().get(key) ?? 1) - 1;
  if (left > 0) counts().set(key, left);
  else counts().delete(key);
}

/**
 * Takes one of the person's stream slots and one of their address's (clientIp); returns
 * its release (idempotent), or null, taking nothing, when either has every slot taken.
 */
export function takeLiveStreamSlot(userId: string, address: string): (() => void) | null {
  const person = `person:${userId}`;
  const network = `address:${address}`;
  if ((counts().get(person) ?? 0) >= LIVE_STREAMS_PER_PERSON) return null;
  if ((counts().get(network) ?? 0) >= LIVE_STREAMS_PER_ADDRESS) return null;
  for (const key of [person, network]) counts().set(key, (counts().get(key) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release(person);
    release(network);
  };
}
