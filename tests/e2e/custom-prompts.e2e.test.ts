import { beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { type CohortCast, seedCohortCast, testDb } from "./support/db";
import { signedInFetch } from "./support/http-session";

const prompt = {
  title: "Design the cohort's favourite rate limiter",
  kind: "SYSTEM_DESIGN",
  roundType: "ml-infra-design",
  difficulty: "MEDIUM",
  minutes: 30,
  tags: ["rate-limiting"],
  rubric: "ml-system-design",
  brief: { summary: "Design a rate limiter for a public API serving 50k requests per second." },
  guide: {
    overview: "Token buckets in a shared store.",
    keyPoints: ["Token bucket", "Sliding window", "Fail-open policy"],
  },
  phases: [
    {
      key: "clarify",
      title: "Clarify",
      minutes: 10,
      instruction: "Agree the limits",
      lookFor: "Limits and keys",
    },
    {
      key: "design",
      title: "Design",
      minutes: 20,
      instruction: "Design the limiter",
      lookFor: "Store and algorithm",
    },
  ],
};
const json = (body: unknown) => ({
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

let cast: CohortCast;
let cohortId: string;
beforeAll(async () => {
  cast = await seedCohortCast();
  cohortId = cast.cohort.id;
});

const promptCount = () => testDb().prompt.count();

describe("cohort prompts over HTTP", () => {
  let slug: string;

  it("lets the cohort's coach write a prompt", async () => {
    const coach = await signedInFetch(cast.coach);
    const response = await coach(`/api/cohorts/${cohortId}/prompts`, { method: "POST", ...json(prompt) });
    expect(response.status).toBe(201);
    slug = (await response.json()).prompt.slug;
    expect(slug).toMatch(/^design-the-cohort-s-favourite-rate-limiter-[0-9a-f]{6}$/);
  });

  it("refuses a plain member with 403 and writes nothing", async () => {
    const member = await signedInFetch(cast.member);
    const before = await promptCount();
    const response = await member(`/api/cohorts/${cohortId}/prompts`, { method: "POST", ...json(prompt) });
    expect(response.status).toBe(403);
    expect(await promptCount()).toBe(before);
    const edit = await member(`/api/prompts/${slug}`, {
      method: "PUT",
      ...json({ ...prompt, title: "Hijacked" }),
    });
    expect(edit.status).toBe(403);
  });

  it("answers a plain member opening the edit page with the app's own 403 page", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await signIn(page, cast.member);
      const response = await page.goto(`${inject("baseUrl")}/prompts/${slug}/edit`);
      expect(response?.status()).toBe(403);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe("Your role doesn't include this page");
      expect(await page.getByText("403 · Not allowed").isVisible()).toBe(true);
      // In the app's layout, with a way on.
      expect(await page.getByRole("link", { name: "Go to your dashboard" }).isVisible()).toBe(true);
      expect(await page.locator("nav").first().count()).toBe(1);
    } finally {
      await browser.close();
    }
  });

  it("hides the cohort and its prompts from someone outside it", async () => {
    const base = inject("baseUrl");
    const email = `outsider-${Date.now()}@example.com`;
    await fetch(`${base}/api/register`, {
      method: "POST",
      ...json({ name: "Outsider", email, password: "outsider-pass" }),
    });
    const outsider = await signedInFetch({ email, password: "outsider-pass" });
    expect(
      (await outsider(`/api/cohorts/${cohortId}/prompts`, { method: "POST", ...json(prompt) })).status,
    ).toBe(404);
    expect((await outsider(`/api/prompts/${slug}`, { method: "PUT", ...json(prompt) })).status).toBe(404);
    expect((await outsider(`/prompts/${slug}`)).status).toBe(404);
  });

  it("asks an anonymous caller to sign in", async () => {
    const response = await fetch(`${inject("baseUrl")}/api/cohorts/${cohortId}/prompts`, {
      method: "POST",
      ...json(prompt),
    });
    expect(response.status).toBe(401);
  });

  it("rejects a prompt whose phases do not add up, naming the problem", async () => {
    const coach = await signedInFetch(cast.coach);
    const before = await promptCount();
    const response = await coach(`/api/cohorts/${cohortId}/prompts`, {
      method: "POST",
      ...json({ ...prompt, minutes: 45 }),
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("phases add up to 30 minutes");
    expect(await promptCount()).toBe(before);
  });

  it("saves the owner's edit as version 2 and keeps version 1", async () => {
    const owner = await signedInFetch(cast.owner);
    const response = await owner(`/api/prompts/${slug}`, {
      method: "PUT",
      ...json({ ...prompt, title: "Rate limiter, revised" }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).prompt.version).toBe(2);
    const versions = await testDb().prompt.findMany({
      where: { slug },
      orderBy: { version: "asc" },
      select: { version: true, isCurrent: true, title: true },
    });
    expect(versions).toEqual([
      { version: 1, isCurrent: false, title: prompt.title },
      { version: 2, isCurrent: true, title: "Rate limiter, revised" },
    ]);
  });
});
