// Issue #11, findings 2, 5, 10 and 11 against the real stack: where a sign-in may send
// you, requests from other sites, what /api/health tells the public, and bad input that
// used to end in a 500. Issue #19, finding 12: the LiveKit webhook reads its body under
// the same size cap as every other route, as it streams in.
import { request as httpRequest } from "node:http";
import { seedCohort, seedPrompt, seedSession, seedUser } from "@mockboard/db/testing/factories";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { testDb } from "./support/db";
import { csrfSession, signedInFetch } from "./support/http-session";

const base = () => inject("baseUrl");
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

/** A cohort prompt as its editors submit it (CustomPromptInput). */
const prompt = (title: string, summary = "Design a rate limiter for a public API.") => ({
  title,
  kind: "SYSTEM_DESIGN",
  roundType: "ml-infra-design",
  difficulty: "MEDIUM",
  minutes: 30,
  tags: ["rate-limiting"],
  rubric: "ml-system-design",
  brief: { summary },
  guide: { overview: "Token buckets in a shared store.", keyPoints: ["Token bucket", "Fail-open policy"] },
  phases: [
    {
      key: "clarify",
      title: "Clarify",
      minutes: 10,
      instruction: "Ask about limits.",
      lookFor: "Keys and limits",
    },
    {
      key: "design",
      title: "Design",
      minutes: 20,
      instruction: "Sketch the design.",
      lookFor: "A shared store",
    },
  ],
});

describe("after signing in, nobody is sent to another site", () => {
  const sneaky = ["/%09/evil.example", "/%0A/evil.example", "//evil.example", "https://evil.example/x"];

  it("a signed-in visitor of /signin?callbackUrl=/%09/evil.example is redirected on this site", async () => {
    const user = await signedInFetch(await seedUser(testDb()));
    for (const callback of sneaky) {
      const response = await user(`/signin?callbackUrl=${callback}`);
      expect(response.status).toBeGreaterThanOrEqual(300);
      expect(response.status).toBeLessThan(400);
      const location = response.headers.get("location") ?? "";
      expect(location).not.toMatch(/[\t\n\r]/);
      expect(new URL(location, base()).origin).toBe(base());
    }
  });

  it("the sign-in page hands its form no off-site destination", async () => {
    for (const callback of sneaky) {
      const html = await (await fetch(`${base()}/signin?callbackUrl=${callback}`)).text();
      // The form's destination travels in the page's RSC payload as a JSON-escaped prop.
      const destinations = [...html.matchAll(/\\"callbackUrl\\":\\"([^"\\]*)\\"/g)].map((match) => match[1]);
      expect(destinations).toEqual(["/dashboard"]);
    }
  });

  it("next-auth's own sign-in answer sends the browser back to this site", async () => {
    const { email, password } = await seedUser(testDb());
    for (const callbackUrl of ["/\t/evil.example", "https://evil.example/steal", "//evil.example"]) {
      const { csrfToken, cookie } = await csrfSession();
      const response = await fetch(`${base()}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ csrfToken, email, password, callbackUrl, json: "true" }),
      });
      const { url } = (await response.json()) as { url: string };
      expect(url).not.toMatch(/[\t\n\r]/);
      expect(new URL(url).origin).toBe(base());
    }
  });
});

describe("state-changing requests from another site are refused", () => {
  it("a signed-in browser cannot be made to create a session from another site", async () => {
    const interviewer = await seedUser(testDb());
    const { id: promptId } = await seedPrompt(testDb());
    const user = await signedInFetch(interviewer);
    const before = await testDb().interviewSession.count({ where: { interviewerId: interviewer.id } });
    const crossSite: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "cross-site" },
      { origin: "null" },
    ];
    for (const headers of crossSite) {
      const response = await user("/api/sessions", { method: "POST", ...json({ promptId }, headers) });
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatch(/Cross-site request refused/);
    }
    // A form post (no preflight) from another site fares no better.
    const form = await user("/api/sessions", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: new URLSearchParams({ promptId }),
    });
    expect(form.status).toBe(403);
    expect(await testDb().interviewSession.count({ where: { interviewerId: interviewer.id } })).toBe(before);
  });

  it("the same request from the app's own pages goes through", async () => {
    const { id: promptId } = await seedPrompt(testDb());
    const user = await signedInFetch(await seedUser(testDb()));
    const response = await user("/api/sessions", {
      method: "POST",
      ...json({ promptId }, { origin: base(), "sec-fetch-site": "same-origin" }),
    });
    expect(response.status).toBe(201);
  });

  it("next-auth's sign-in and sign-out endpoints refuse another site's form post", async () => {
    const { email, password } = await seedUser(testDb());
    const { csrfToken, cookie } = await csrfSession();
    for (const path of [
      "/api/auth/callback/credentials",
      "/api/auth/signout",
      "/api/auth/signin/credentials",
    ]) {
      const response = await fetch(`${base()}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie,
          origin: "https://evil.example",
          "sec-fetch-site": "cross-site",
        },
        body: new URLSearchParams({ csrfToken, email, password }),
      });
      expect(response.status).toBe(403);
      expect(response.headers.getSetCookie().join(";")).not.toContain("session-token");
    }
  });

  it("a JSON body declared as text/plain (no CORS preflight) is refused with 415", async () => {
    const user = await signedInFetch(await seedUser(testDb()));
    const { id: promptId } = await seedPrompt(testDb());
    for (const type of ["text/plain", "text/plain; x=application/json"]) {
      const response = await user("/api/sessions", {
        method: "POST",
        headers: { "content-type": type },
        body: JSON.stringify({ promptId }),
      });
      expect(response.status).toBe(415);
    }
  });
});

describe("/api/health", () => {
  it("tells the public only whether the app is up", async () => {
    const response = await fetch(`${base()}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    const wrong = await fetch(`${base()}/api/health`, { headers: { authorization: "Bearer not-the-token" } });
    expect(await wrong.json()).toEqual({ status: "ok" });
  });

  it("gives an operator with HEALTH_TOKEN the web and database details", async () => {
    const response = await fetch(`${base()}/api/health`, {
      headers: { authorization: `Bearer ${inject("healthToken")}` },
    });
    expect(await response.json()).toMatchObject({
      status: "ok",
      web: { ok: true },
      database: { ok: true, latencyMs: expect.any(Number) },
    });
  });
});

describe("bad input gets a clear 4xx, never a 500", () => {
  let slug: string;
  let editor: Awaited<ReturnType<typeof signedInFetch>>;
  beforeAll(async () => {
    const coach = await seedUser(testDb());
    const cohort = await seedCohort(testDb(), { coaches: [coach.id] });
    editor = await signedInFetch(coach);
    const created = await editor(`/api/cohorts/${cohort.id}/prompts`, {
      method: "POST",
      ...json(prompt("A prompt two editors save at once")),
    });
    expect(created.status).toBe(201);
    slug = (await created.json()).prompt.slug;
  });

  it("two editors saving one prompt at the same moment get 200 or 409, never 500", async () => {
    const statuses: number[] = [];
    for (let round = 0; round < 5; round++) {
      const responses = await Promise.all(
        [0, 1, 2, 3].map((n) =>
          editor(`/api/prompts/${slug}`, {
            method: "PUT",
            ...json(prompt(`Saved at once, round ${round} edit ${n}`)),
          }),
        ),
      );
      for (const response of responses) {
        statuses.push(response.status);
        if (response.status === 409) expect((await response.json()).error).toMatch(/same moment/);
      }
    }
    expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([]);
    expect(statuses).toContain(200);
    console.log(
      `20 concurrent saves: ${statuses.filter((s) => s === 200).length} saved, ${statuses.filter((s) => s === 409).length} told to retry (409)`,
    );
    // The prompt still has exactly one current version.
    expect(await testDb().prompt.count({ where: { slug, isCurrent: true } })).toBe(1);
  });

  it("a prompt with megabytes of text is refused with 413 and nothing is saved", async () => {
    const versions = await testDb().prompt.count({ where: { slug } });
    const words = Array.from({ length: 300_000 }, (_, i) => `w${i.toString(36)}`).join(" ");
    const response = await editor(`/api/prompts/${slug}`, {
      method: "PUT",
      ...json(prompt("Megabytes of brief", words)),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/larger than 256 KB/);
    expect(await testDb().prompt.count({ where: { slug } })).toBe(versions);
  });

  it("a prompt just under the size limit is indexed for search without a 500", async () => {
    const words = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}`).join(" ");
    const response = await editor(`/api/prompts/${slug}`, {
      method: "PUT",
      ...json(prompt("Nearly too long", words)),
    });
    expect([200, 400]).toContain(response.status);
  });

  it("someone whose OAuth name is longer than 80 characters still gets a board token", async () => {
    const longName = `Professor ${"Bartholomew-Montgomery ".repeat(8)}the Fourth`;
    const person = await seedUser(testDb(), { name: longName });
    const session = await seedSession(testDb(), { interviewerId: person.id });
    const user = await signedInFetch(person);
    const response = await user(`/api/sessions/${session.id}/board-token`, { method: "POST" });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    const { name } = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as {
      name: string;
    };
    expect(name.length).toBeLessThanOrEqual(80);
    expect(longName.startsWith(name.replace(/…$/, ""))).toBe(true);
  });
});

describe("the LiveKit webhook's body", () => {
  it("is refused with 413 once it passes 64 KB, while the sender is still sending", async () => {
    const url = new URL("/api/livekit/webhook", base());
    const chunk = Buffer.alloc(16 * 1024, "a");
    const limit = 64 * 1024 * 1024;
    // No Content-Length (chunked), 16 KB every 5 ms for up to 64 MB: a sender that never stops.
    const outcome = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
      let sentBytes = 0;
      let timer: NodeJS.Timeout | undefined;
      const request = httpRequest(url, {
        method: "POST",
        headers: { "content-type": "application/webhook+json", authorization: "whatever" },
      });
      request.on("response", (response) => {
        clearInterval(timer);
        response.resume();
        request.destroy();
        resolve({ status: response.statusCode ?? 0, sentBytes });
      });
      request.on("error", () => {
        clearInterval(timer);
        if (sentBytes >= limit) reject(new Error(`no answer after ${sentBytes} bytes`));
        else resolve({ status: -1, sentBytes });
      });
      timer = setInterval(() => {
        if (sentBytes >= limit) {
          clearInterval(timer);
          request.end();
          return;
        }
        request.write(chunk);
        sentBytes += chunk.length;
      }, 5);
    });
    expect(outcome.status).toBe(413);
    expect(outcome.sentBytes).toBeLessThan(limit);
    console.log(
      `webhook: refused with 413 after the sender had written ${(outcome.sentBytes / 1024).toFixed(0)} KB`,
    );
  }, 60_000);
});
