import { inject } from "vitest";
import { signedInFetchAt } from "./sign-in-fetch";

/** A next-auth CSRF token and the cookie that goes with it, for posting its endpoints by hand. */
export async function csrfSession(): Promise<{ csrfToken: string; cookie: string }> {
  const response = await fetch(`${inject("baseUrl")}/api/auth/csrf`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken, cookie };
}

/** Signs in through next-auth's credentials endpoint and returns a cookie-carrying fetch. */
export function signedInFetch(user: { email: string; password: string }) {
  return signedInFetchAt(inject("baseUrl"), user);
}

/**
 * A password sign-in the way the sign-in page sends it, from `address` (X-Forwarded-For:
 * the stack trusts one proxy, which the tests play), to the stack or to `origin`.
 */
export async function postCredentials(
  email: string,
  password: string,
  options: { address?: string; token?: { csrfToken: string; cookie: string }; origin?: string } = {},
) {
  const { csrfToken, cookie } = options.token ?? (await csrfSession());
  const response = await fetch(`${options.origin ?? inject("baseUrl")}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie,
      ...(options.address ? { "x-forwarded-for": options.address } : {}),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/dashboard", json: "true" }),
  });
  const setCookies = response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "");
  const signedIn = setCookies.some((pair) => pair.includes("session-token="));
  const body = (await response.json().catch(() => ({}))) as { error?: string; url?: string };
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    signedIn,
    body,
    setCookies,
  };
}

/**
 * Signs in and returns the cookies a browser would now hold (the session JWT and next-auth's
 * CSRF cookie) as one Cookie header, with the CSRF token that goes with them.
 */
export async function signInCookies(user: { email: string; password: string }) {
  const base = inject("baseUrl");
  const cookie = (await signedInFetchAt(base, user)).cookieHeader();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
