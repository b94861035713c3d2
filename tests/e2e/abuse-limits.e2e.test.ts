// Issue #11, finding 6 against the real stack: sign-in, registration and board-token
// limits with back-off, the cap on concurrent password hashing, and registration that
// does not say whether an email has an account. The stack's web server is told it sits
// behind one proxy (TRUSTED_PROXY_HOPS=1, the tests play the proxy), so each test speaks
// from its own address (X-Forwarded-For) and limits do not leak between tests; issue #19,
// finding 2, starts a server as `npm start` does, with no proxy, where that header buys nothing.
import { resolve } from "node:path";
import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import { webServerCommand } from "@mockboard/devkit/web-server";
import { describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { testDb } from "./support/db";
import { csrfSession, postCredentials, signedInFetch } from "./support/http-session";
import { spawnWebProcess, waitUntilServing } from "./support/web-process";

const base = () => inject("baseUrl");
let lastOctet = 10;
/** A fresh documentation address (RFC 5737) for each caller. */
const newAddress = () => `198.51.100.${lastOctet++}`;

/** A password sign-in the way the sign-in page sends it, from `address`. */
const signIn = (
  email: string,
  password: string,
  address: string,
  token?: { csrfToken: string; cookie: string },
  origin?: string,
) => postCredentials(email, password, { address, token, origin });

/** `token` with more cookies, as a browser that kept them would send. */
async function withCookies(pairs: string[]) {
  const token = await csrfSession();
  return { ...token, cookie: [token.cookie, ...pairs].join("; ") };
}

function register(body: { name: string; email: string; password: string }, address: string) {
  return fetch(`${base()}/api/register`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify(body),
  });
}

describe("sign-in limits", () => {
  it("answers the sixth wrong password for one account from one address with 429 and Retry-After, even for the right password", async () => {
    const user = await seedUser(testDb());
    const address = newAddress();
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const result = await signIn(user.email, `wrong-${attempt}`, address);
      statuses.push(result.status);
      expect(result.signedIn).toBe(false);
    }
    expect(statuses.every((status) => status === 401)).toBe(true);
    const blocked = await signIn(user.email, user.password, address);
    expect(blocked.status).toBe(429);
    expect(blocked.retryAfter).toBe("60");
    expect(blocked.signedIn).toBe(false);
    expect(blocked.body.error).toMatch(/Too many wrong passwords for this account\. Try again in 60 seconds/);
    // next-auth's own client can still read the refusal.
    expect(new URL(blocked.body.url ?? "").searchParams.get("error")).toBe("TooManyAttempts");
    console.log(
      "sign-in: 5 wrong passwords allowed per account and address, the 6th answered 429, Retry-After 60 s",
    );
  });

  it("lets the account's owner in from another address meanwhile, and a correct password clears their count", async () => {
    const user = await seedUser(testDb());
    const attacker = newAddress();
    for (let attempt = 1; attempt <= 6; attempt++) await signIn(user.email, "guess", attacker);
    const owner = newAddress();
    for (let attempt = 1; attempt <= 4; attempt++) await signIn(user.email, "typo", owner);
    expect((await signIn(user.email, user.password, owner)).signedIn).toBe(true);
    // The success reset the owner's run of wrong passwords (4 + 2 would otherwise pass the limit of 5).
    for (let attempt = 1; attempt <= 2; attempt++)
      expect((await signIn(user.email, "typo", owner)).status).toBe(401);
  });

  it("blocks guessing spread over many addresses once an account has 20 wrong passwords in an hour", async () => {
    const user = await seedUser(testDb());
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 21; attempt++)
      statuses.push((await signIn(user.email, "guess", newAddress())).status);
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  }, 120_000);

  it("lets the owner in from a browser that signed in before while guessing has locked the account for everyone else", async () => {
    const user = await seedUser(testDb());
    const other = await seedUser(testDb());
    const home = newAddress();
    const first = await signIn(user.email, user.password, home);
    expect(first.signedIn).toBe(true);
    const browserCookies = first.setCookies.filter((pair) => !pair.includes("session-token"));
    const otherFirst = await signIn(other.email, other.password, newAddress());
    const otherBrowser = otherFirst.setCookies.filter((pair) => !pair.includes("session-token"));
    // Guessing from everywhere until the account is blocked for anyone without that browser.
    const guesses: number[] = [];
    for (let attempt = 1; attempt <= 21; attempt++)
      guesses.push((await signIn(user.email, "guess", newAddress())).status);
    expect(guesses.at(-1)).toBe(429);
    // The guesser is refused even with the right password, and with another account's browser cookies.
    expect((await signIn(user.email, user.password, newAddress())).status).toBe(429);
    expect(
      (await signIn(user.email, user.password, newAddress(), await withCookies(otherBrowser))).status,
    ).toBe(429);
    // The owner, on the browser they signed in with before, gets in with their password.
    const owner = await signIn(user.email, user.password, home, await withCookies(browserCookies));
    expect(owner.status).toBe(200);
    expect(owner.signedIn).toBe(true);
    // That browser has a limit of its own: its sixth wrong password in a row waits.
    const typos: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++)
      typos.push((await signIn(user.email, "typo", home, await withCookies(browserCookies))).status);
    expect(typos).toEqual([401, 401, 401, 401, 401, 429]);
  }, 120_000);

  it("answers an unknown email exactly as a wrong password", async () => {
    const user = await seedUser(testDb());
    const known = await signIn(user.email, "wrong", newAddress());
    const unknown = await signIn(`nobody-${Date.now()}@example.test`, "wrong", newAddress());
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
  });

  it("hashes at most ten passwords at a time and answers the rest 503 with Retry-After", async () => {
    // Known accounts: an unknown email waits as long as a check takes but hashes nothing.
    const accounts = await Promise.all(Array.from({ length: 4 }, () => seedUser(testDb())));
    const token = await csrfSession();
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, n) =>
        signIn(accounts[n % accounts.length]?.email ?? "", "guess", newAddress(), token),
      ),
    );
    const counts = new Map<number, number>();
    for (const { status } of results) counts.set(status, (counts.get(status) ?? 0) + 1);
    const busy = results.filter((result) => result.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const result of busy) {
      expect(result.retryAfter).toBe("2");
      expect(result.body.error).toMatch(/busy/);
    }
    expect(results.every((result) => result.status === 401 || result.status === 503)).toBe(true);
    console.log(
      `24 sign-ins at once: ${counts.get(401) ?? 0} checked (2 hashing, 8 waiting at most), ${busy.length} answered 503`,
    );
  });

  it("lets one address have one sign-in under way at a time and answers the rest 429 at once", async () => {
    const token = await csrfSession();
    const address = newAddress();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, n) =>
        signIn(`crowd-${n}-${Date.now()}@example.test`, "guess", address, token),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([401, 429, 429, 429, 429]);
    const refused = results.find((result) => result.status === 429);
    expect(refused?.retryAfter).toBe("1");
    expect(refused?.body.error).toMatch(/Too many sign-ins at once from your network/);
  });
});

describe("per-address limits without a proxy in front (npm start's default)", () => {
  it("count the connection's address, so a new X-Forwarded-For each time buys no fresh allowance", async () => {
    const { TRUSTED_PROXY_HOPS: _hops, ...withoutProxy } = inject("webEnv");
    const { command, args, cwd } = webServerCommand(resolve(import.meta.dirname, "../.."), 0);
    const web = await spawnWebProcess({
      command,
      args: args.map((arg) => (arg === "0" ? "{port}" : arg)),
      cwd,
      env: withoutProxy,
    });
    try {
      await waitUntilServing(web);
      const user = await seedUser(testDb());
      const statuses: number[] = [];
      for (let attempt = 1; attempt <= 6; attempt++)
        statuses.push(
          (await signIn(user.email, `wrong-${attempt}`, newAddress(), undefined, web.baseUrl)).status,
        );
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await web.stop();
    }
  }, 120_000);
});

describe("the sign-in page", () => {
  it("tells a person who typed too many wrong passwords how long to wait", async () => {
    const user = await seedUser(testDb());
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": newAddress() } });
      const page = await context.newPage();
      await page.goto(`${base()}/signin`);
      const statuses: number[] = [];
      for (let attempt = 1; attempt <= 6; attempt++) {
        await page.fill("#email", user.email);
        await page.fill("#password", `wrong-${attempt}`);
        const [response] = await Promise.all([
          page.waitForResponse((candidate) => candidate.url().includes("/api/auth/callback/credentials")),
          page.click("button[type=submit]"),
        ]);
        statuses.push(response.status());
        await page.locator("button[type=submit]:not([disabled])").waitFor();
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      await expect(page.locator("#signin-error").textContent()).resolves.toBe(
        "Too many wrong passwords for this account. Try again in 60 seconds.",
      );
    } finally {
      await browser.close();
    }
  });
});

describe("registration", () => {
  it("answers the same whether or not the email has an account, and changes nothing for a taken one", async () => {
    const existing = await seedUser(testDb());
    const before = await testDb().user.findUniqueOrThrow({ where: { email: existing.email } });
    const taken = await register(
      { name: "Copy", email: existing.email.toUpperCase(), password: "long-enough-pw" },
      newAddress(),
    );
    const fresh = await register(
      { name: "New", email: `new-${Date.now()}@example.test`, password: "long-enough-pw" },
      newAddress(),
    );
    expect(taken.status).toBe(fresh.status);
    expect(await taken.json()).toEqual(await fresh.json());
    expect(await testDb().user.findUniqueOrThrow({ where: { email: existing.email } })).toEqual(before);
    expect(await testDb().user.count({ where: { email: existing.email } })).toBe(1);
    // The owner's password still works; the one typed at registration does not.
    expect((await signIn(existing.email, existing.password, newAddress())).signedIn).toBe(true);
    expect((await signIn(existing.email, "long-enough-pw", newAddress())).signedIn).toBe(false);
  });

  it("signs in a new account with the password it was registered with", async () => {
    const email = `fresh-${Date.now()}@example.test`;
    expect((await register({ name: "Fresh", email, password: "fresh-password" }, newAddress())).status).toBe(
      202,
    );
    expect((await signIn(email, "fresh-password", newAddress())).signedIn).toBe(true);
  });

  it("answers the fourth registration of one email within an hour with 429", async () => {
    const email = `probe-${Date.now()}@example.test`;
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      statuses.push(
        (await register({ name: "Probe", email, password: "long-enough-pw" }, newAddress())).status,
      );
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it("answers the 21st registration from one address within an hour with 429 and Retry-After", async () => {
    const address = newAddress();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 1; attempt <= 21; attempt++) {
      const response = await register(
        { name: "Many", email: `many-${attempt}-${Date.now()}@example.test`, password: "long-enough-pw" },
        address,
      );
      statuses.push(response.status);
      retryAfter = response.headers.get("retry-after");
    }
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect(retryAfter).toBe("3600");
  }, 120_000);
});

describe("board-token minting", () => {
  it("answers a 61st token within a minute with 429 and Retry-After", async () => {
    const interviewer = await seedUser(testDb());
    const session = await seedSession(testDb(), { interviewerId: interviewer.id });
    const user = await signedInFetch(interviewer);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let call = 1; call <= 61; call++) {
      const response = await user(`/api/sessions/${session.id}/board-token`, {
        method: "POST",
        headers: { "x-forwarded-for": "203.0.113.77" },
      });
      statuses.push(response.status);
      retryAfter = response.headers.get("retry-after");
    }
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
    expect(retryAfter).toBe("60");
  });
});
