import { randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Invite codes are minted here: 16 random bytes, base64url (22 characters). Codes minted
 * before were 12 characters; both parse.
 */
export const InviteCode = z.string().regex(/^[A-Za-z0-9_-]{12,32}$/, "not an invite code");
export type InviteCode = z.infer<typeof InviteCode>;

/** How long a fresh or rotated link works. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export function newInvite(now = new Date()): { inviteCode: InviteCode; inviteExpiresAt: Date } {
  return {
    inviteCode: randomBytes(16).toString("base64url"),
    inviteExpiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS),
  };
}
