import { randomBytes } from "node:crypto";
import { z } from "zod";

/** Invite codes are minted here: 9 random bytes, base64url (12 characters, URL-safe). */
export const InviteCode = z.string().regex(/^[A-Za-z0-9_-]{12}$/, "not an invite code");
export type InviteCode = z.infer<typeof InviteCode>;

export function newInviteCode(): InviteCode {
  return randomBytes(9).toString("base64url");
}
