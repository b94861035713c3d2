import { randomBytes } from "node:crypto";
import { z } from "zod";

/** Session ids are minted here: 12 random bytes, base64url (16 characters, URL-safe). */
export const SessionId = z.string().regex(/^[A-Za-z0-9_-]{16}$/, "not a session id");
export type SessionId = z.infer<typeof SessionId>;

export function newSessionId(): SessionId {
  return randomBytes(12).toString("base64url");
}
