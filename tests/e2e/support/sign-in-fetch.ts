// No vitest here: the benchmarks sign in the same way outside the test runner.

/** signedInFetch against any running web app (the benchmarks run outside vitest). */
export async function signedInFetchAt(
  base: string,
  { email, password }: { email: string; password: string },
) {
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
  const login = await signInPost(`${base}/api/auth/callback/credentials`, () => ({
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  }));
  remember(login);
  if (![...cookies.keys()].some((name) => name.includes("session-token")))
    throw new Error(`sign-in failed for ${email}`);
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, {
      ...init,
      redirect: "manual",
      headers: { ...init.headers, cookie: cookieHeader() },
    });
  // The cookie header too, for clients other than fetch (the benchmarks count raw bytes).
  return Object.assign(call, { cookieHeader });
}

/**
 * The sign-in POST, waiting out a 429 as the sign-in page does: the server lets one address
 * have one sign-in under way at a time, and tests sign several people in at once from one.
 */
async function signInPost(url: string, init: () => RequestInit): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    const response = await fetch(url, init());
    if (response.status !== 429 || attempt >= 30) return response;
    const waitSeconds = Number(response.headers.get("retry-after")) || 1;
    await new Promise((resolve) => setTimeout(resolve, waitSeconds * 1000));
  }
}
