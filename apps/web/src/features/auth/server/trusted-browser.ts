import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";

// A browser that has signed in to an account before (OWASP's "device cookie"): guessing
// from everywhere uses up the account's own limit and then waits, but the owner's browser
// is not counted against that limit, so nobody can lock the owner out by guessing. It has
// a limit of its own instead (LIMITS.signInPerTrustedBrowser). The cookie names the account
// by an HMAC only the server can make, so it cannot be forged, nor moved to another account.

const COOKIE = "mockboard-signed-in-before";
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
/** Sent only to the one endpoint that reads it. */
const COOKIE_PATH = "/api/auth/callback/credentials";

function macOf(email: string, browserId: string): Buffer {
  // Its own key, derived from the session secret, so this MAC is never a valid JWT signature.
  const key = createHmac("sha256", env().NEXTAUTH_SECRET).update("mockboard trusted browser v1").digest();
  return createHmac("sha256", key).update(`${email}\n${browserId}`).digest();
}

/** This browser's id when `cookieHeader` carries the cookie this server gave it for `email`; else null. */
export function trustedBrowserFor(cookieHeader: string | null, email: string): string | null {
  const match = cookieHeader?.match(
    new RegExp(`(?:^|;\\s*)${COOKIE}=([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})`),
  );
  if (!match?.[1] || !match[2]) return null;
  const offered = Buffer.from(match[2], "base64url");
  const expected = macOf(email, match[1]);
  return offered.length === expected.length && timingSafeEqual(offered, expected) ? match[1] : null;
}

/** The Set-Cookie line that marks this browser as one `email` signed in from (a fresh id each time). */
export function trustedBrowserCookie(email: string): string {
  const browserId = randomBytes(16).toString("base64url");
  const value = `${browserId}.${macOf(email, browserId).toString("base64url")}`;
  const secure = env().NEXTAUTH_URL.startsWith("https://") ? "; Secure" : "";
  return `${COOKIE}=${value}; Path=${COOKIE_PATH}; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}
