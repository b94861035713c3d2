import { randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Invite codes are minted here: 16 random bytes, base64url (22 characters). Codes minted
 * before were 12 characters; both parse.
 */
export const InviteCode = z.string().regex(/^[A-Za-z0-9_-]{12,32}$/, "not an invite code");
export type InviteCode = z.infer<typeof InviteCode>;

/** What someone following a link that names nothing is told. */
export const INVALID_LINK = "This invite link is not valid, or it was turned off";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a fresh or rotated session link works. */
export const INVITE_LIFETIME_MS = 7 * DAY_MS;

/** How long a cohort's link works: people join a cohort over a fortnight, not one afternoon. */
export const COHORT_INVITE_LIFETIME_MS = 14 * DAY_MS;

export function newInvite(
  now = new Date(),
  lifetimeMs = INVITE_LIFETIME_MS,
): { inviteCode: InviteCode; inviteExpiresAt: Date } {
  return {
    inviteCode: randomBytes(16).toString("base64url"),
    inviteExpiresAt: new Date(now.getTime() + lifetimeMs),
  };
}

/** Where a link's expiry leaves it: null expiry is a link made before links expired, so dead. */
export function inviteExpired(expiresAt: Date | null, now = Date.now()): boolean {
  return !expiresAt || expiresAt.getTime() <= now;
}
