/** What a password sign-in came to, with the words to show when it did not work. */
export type PasswordSignIn =
  | { ok: true }
  | {
      ok: false;
      /** wrong-password: no account opens with it; wait: too many attempts or a busy server. */
      reason: "wrong-password" | "wait" | "unreachable";
      message: string;
      retryAfterSeconds?: number;
    };

export const WRONG_PASSWORD = "That email and password do not match an account.";

/** A wait this short (another sign-in from this network under way, a busy server) the page sits out itself. */
const RETRIED_WAIT_SECONDS = 2;
const RETRIES = 3;

/**
 * Signs in with email and password through next-auth's credentials endpoint (the request
 * its `signIn()` makes), reading what that helper throws away: a 429 or 503 says how long
 * to wait; a wait of a second or two is waited out and tried again, up to three times. On
 * success the session cookie is set; the caller navigates.
 */
export async function signInWithPassword(
  email: string,
  password: string,
  callbackUrl: string,
): Promise<PasswordSignIn> {
  for (let attempt = 0; ; attempt++) {
    const result = await trySignIn(email, password, callbackUrl);
    const wait = result.ok ? undefined : result.retryAfterSeconds;
    if (attempt >= RETRIES || wait === undefined || wait > RETRIED_WAIT_SECONDS) return result;
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}

async function trySignIn(email: string, password: string, callbackUrl: string): Promise<PasswordSignIn> {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl, json: "true" }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      url?: string;
      error?: string;
      details?: { retryAfterSeconds?: number };
    };
    if (response.status === 429 || response.status === 503) {
      return {
        ok: false,
        reason: "wait",
        message: body.error ?? "Too many attempts. Try again in a few minutes.",
        retryAfterSeconds: body.details?.retryAfterSeconds,
      };
    }
    const error = body.url ? new URL(body.url, window.location.origin).searchParams.get("error") : "unknown";
    if (!response.ok || error) return { ok: false, reason: "wrong-password", message: WRONG_PASSWORD };
    return { ok: true };
  } catch {
    return { ok: false, reason: "unreachable", message: "Could not reach the server. Try again." };
  }
}
