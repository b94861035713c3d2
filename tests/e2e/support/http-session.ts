import { inject } from "vitest";

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
export async function signedInFetch({ email, password }: { email: string; password: string }) {
  const base = inject("baseUrl");
  const cookies = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) cookies.set(name.trim(), value.join("="));
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  remember(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  remember(login);
  if (![...cookies.keys()].some((name) => name.includes("session-token")))
    throw new Error(`sign-in failed for ${email}`);
  return (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, {
      ...init,
      redirect: "manual",
      headers: { ...init.headers, cookie: cookieHeader() },
    });
}
