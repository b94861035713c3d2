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
