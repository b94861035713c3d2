import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { normalizeEmail, PasswordHashingBusyError } from "@mockboard/db";
import { clientIp } from "@/server/client-ip";
import { env } from "@/server/env";
import { HttpError, tryAgainLater } from "@/server/http/http-error";
import { readBodyText } from "@/server/http/request-body";
import { jsonError } from "@/server/http/respond";
import { withPasswordTurn } from "@/server/password-turns";
import { LIMITS, limiter } from "@/server/rate-limits";
import { trustedBrowserCookie, trustedBrowserFor } from "./trusted-browser";

/** What the credentials provider's authorize() found, reported to the gate around next-auth. */
export type SignInOutcome = "signed-in" | "wrong-password" | "not-checked" | "busy";

const attempt = new AsyncLocalStorage<{ outcome: SignInOutcome }>();

/** Called by authorize(): the gate below turns it into refunds, a reset or a 503. */
export function reportSignInOutcome(outcome: SignInOutcome): void {
  const current = attempt.getStore();
  if (current) current.outcome = outcome;
}

/** A sign-in form is two short fields and a CSRF token. */
const MAX_SIGN_IN_BODY_BYTES = 16 * 1024;

function emailOf(text: string, contentType: string): string | null {
  try {
    const fields: Record<string, unknown> = contentType.includes("application/json")
      ? JSON.parse(text)
      : Object.fromEntries(new URLSearchParams(text));
    return typeof fields.email === "string" && fields.email.trim() ? normalizeEmail(fields.email) : null;
  } catch {
    return null;
  }
}

/** A refusal's body next-auth's own client can still read (it takes `url` apart for `error`). */
export function signInRefusalBody(error: HttpError, code: string) {
  const url = new URL("/signin", env().NEXTAUTH_URL);
  url.searchParams.set("error", code);
  return { error: error.message, ...(error.details ? { details: error.details } : {}), url: url.href };
}

function refusal(error: HttpError, code: string): Response {
  return Response.json(signInRefusalBody(error, code), { status: error.status, headers: error.headers });
}

/**
 * Rate limits around next-auth's credentials sign-in (POST /api/auth/callback/credentials).
 * First, one address has one sign-in under way at a time (password-turns.ts), before any
 * query or hash. Then every attempt counts up front (so a burst cannot run ahead of the
 * count), and a blocked key hears 429 with Retry-After before any password is hashed: from
 * a browser that signed in to this account before, against that browser's own limit only;
 * from anywhere else, per account and address, per account and per address. A correct
 * password gives its attempts back, ends the run of wrong ones and marks the browser as
 * trusted; an attempt that checked no password (a missing field, a busy server) is given
 * back too. A busy password hasher is a 503.
 */
export async function gateCredentialsSignIn(
  request: Request,
  signIn: (request: Request) => Promise<Response>,
): Promise<Response> {
  let text: string;
  try {
    text = await readBodyText(request.clone(), MAX_SIGN_IN_BODY_BYTES);
  } catch (error) {
    if (error instanceof HttpError) return jsonError(error.status, error.message);
    throw error;
  }
  const email = emailOf(text, request.headers.get("content-type") ?? "");
  const ip = clientIp(request.headers, env().TRUSTED_PROXY_HOPS);
  try {
    return await withPasswordTurn(ip, () => countedSignIn(request, signIn, email, ip));
  } catch (error) {
    if (error instanceof HttpError) return refusal(error, "TooManyAttempts");
    throw error;
  }
}

async function countedSignIn(
  request: Request,
  signIn: (request: Request) => Promise<Response>,
  email: string | null,
  ip: string,
): Promise<Response> {
  const browser = email ? trustedBrowserFor(request.headers.get("cookie"), email) : null;
  const counted = browser
    ? [{ limit: limiter(LIMITS.signInPerTrustedBrowser), key: browser }]
    : [
        ...(email
          ? [
              { limit: limiter(LIMITS.signInPerAccountAndIp), key: `${email} ${ip}` },
              { limit: limiter(LIMITS.signInPerAccount), key: email },
            ]
          : []),
        { limit: limiter(LIMITS.signInPerIp), key: ip },
      ];
  const consumed: typeof counted = [];
  try {
    for (const entry of counted) {
      await entry.limit.consume(entry.key);
      consumed.push(entry);
    }
  } catch (error) {
    await Promise.all(consumed.map((entry) => entry.limit.refund(entry.key)));
    throw error;
  }

  const current = { outcome: "not-checked" as SignInOutcome };
  const response = await attempt.run(current, () => signIn(request));
  if (current.outcome === "wrong-password") return response;
  await Promise.all(counted.map((entry) => entry.limit.refund(entry.key)));
  if (current.outcome === "busy") {
    const busy = new PasswordHashingBusyError();
    return refusal(tryAgainLater(503, busy.message, busy.retryAfterSeconds), "Busy");
  }
  if (current.outcome !== "signed-in" || !email) return response;
  if (browser) await limiter(LIMITS.signInPerTrustedBrowser).clear(browser);
  else await limiter(LIMITS.signInPerAccountAndIp).clear(`${email} ${ip}`);
  const headers = new Headers(response.headers);
  headers.append("set-cookie", trustedBrowserCookie(email));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
