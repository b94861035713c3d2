import "server-only";
import { tryAgainLater } from "./http/http-error";

/**
 * Sign-ins and registrations one address may have under way at once on this web process,
 * counted before any of them costs a query or a password hash: fewer than the hashing
 * gate's two slots, so a flood from one address never holds them all, and everyone else's
 * sign-ins still find one free. The rest from that address hear 429 at once (the sign-in
 * page waits the second out and tries again itself).
 */
export const PASSWORD_TURNS_PER_ADDRESS = 1;

// Kept on globalThis: Next may evaluate this module in more than one route bundle, and the
// sign-in and registration routes must share one count.
const holder = globalThis as unknown as { mockboardPasswordTurns?: Map<string, number> };

/** The 429 (Retry-After: 1) for an address with no free turn. */
export function noFreeTurn() {
  return tryAgainLater(429, "Too many sign-ins at once from your network.", 1);
}

/** Whether `address` has a turn free right now (the production server asks before Next runs). */
export function hasFreeTurn(address: string): boolean {
  return (holder.mockboardPasswordTurns?.get(address) ?? 0) < PASSWORD_TURNS_PER_ADDRESS;
}

/** Runs `work` on one of `address`'s turns, or throws 429 (Retry-After: 1) when it has none free. */
export async function withPasswordTurn<T>(address: string, work: () => Promise<T>): Promise<T> {
  holder.mockboardPasswordTurns ??= new Map();
  const turns = holder.mockboardPasswordTurns;
  const taken = turns.get(address) ?? 0;
  if (taken >= PASSWORD_TURNS_PER_ADDRESS) throw noFreeTurn();
  turns.set(address, taken + 1);
  try {
    return await work();
  } finally {
    const left = (turns.get(address) ?? 1) - 1;
    if (left > 0) turns.set(address, left);
    else turns.delete(address);
  }
}
