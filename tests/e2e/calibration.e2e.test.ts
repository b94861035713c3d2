import {
  playSession,
  type SeededUser,
  seedCohort,
  seedSession,
  seedUser,
} from "@mockboard/db/testing/factories";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";

// Blind calibration in the browser: a coach asks two members to score a finished session,
// each scores without seeing the other's levels or evidence until they submit.

let browser: Browser;
const contexts: BrowserContext[] = [];
let cohortId = "";
let sessionTitle = "";
let calibrationUrl = "";
const pages: Record<"owner" | "ana" | "cleo", Page> = {} as never;
const LIVE = { timeout: 15_000 };

async function pageFor(user: SeededUser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** Picks level `level` and writes `evidence` on every dimension of the blind scorecard, then submits. */
async function scoreAndSubmit(page: Page, level: number, evidence: string) {
  const fieldsets = page.locator(".calibration-scoring fieldset");
  const count = await fieldsets.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const fieldset = fieldsets.nth(index);
    await fieldset
      .locator("input[type=radio]")
      .nth(level - 1)
      .check();
    await fieldset.locator("textarea").fill(`${evidence} ${index}`);
  }
  await page.getByRole("button", { name: "Submit my scores" }).click();
  await page.getByRole("heading", { name: "Scores side by side" }).waitFor(LIVE);
}

beforeAll(async () => {
  const db = testDb();
  const [owner, ana, ben, cleo] = await Promise.all([
    seedUser(db, { name: "Olga Owner" }),
    seedUser(db, { name: "Ana Rater" }),
    seedUser(db, { name: "Ben Candidate" }),
    seedUser(db, { name: "Cleo Rater" }),
  ]);
  const cohort = await seedCohort(db, { owners: [owner.id], members: [ana.id, ben.id, cleo.id] });
  cohortId = cohort.id;
  const session = await seedSession(db, { interviewerId: ana.id, candidateId: ben.id, cohortId });
  await playSession(db, { id: session.id, interviewerId: ana.id, candidateId: ben.id });
  sessionTitle = (await db.interviewSession.findUniqueOrThrow({ where: { id: session.id } })).title;
  browser = await launchBrowser();
  pages.owner = await pageFor(owner);
  pages.ana = await pageFor(ana);
  pages.cleo = await pageFor(cleo);
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("blind calibration", () => {
  it("a coach asks two members to score a finished session blind", async () => {
    const page = pages.owner;
    await page.goto(`${inject("baseUrl")}/cohorts/${cohortId}/calibration`);
    const option = page.locator("#calibration-session option", { hasText: sessionTitle });
    await page.getByLabel("Session to calibrate").selectOption((await option.getAttribute("value")) ?? "");
    await page.getByLabel("Ana Rater").check();
    await page.getByLabel("Cleo Rater").check();
    await expect(page.getByLabel("Ben Candidate").isDisabled()).resolves.toBe(true);
    await Promise.all([
      page.waitForURL(/\/calibration\/[a-z0-9]{20,}$/, LIVE),
      page.getByRole("button", { name: "Ask for blind scores" }).click(),
    ]);
    calibrationUrl = page.url();
  });

  it("the first rater scores and submits, then sees only submitted scores", async () => {
    const page = pages.ana;
    await page.goto(calibrationUrl);
    await expect(page.getByRole("link", { name: "Watch the replay" }).count()).resolves.toBe(1);
    await scoreAndSubmit(page, 4, "Ana's evidence");
    await expect(page.getByText("Ana's evidence 0").count()).resolves.toBeGreaterThan(0);
  });

  it("the second rater sees neither Ana's levels nor her evidence, on the page or from the API, until submitting", async () => {
    const page = pages.cleo;
    await page.goto(calibrationUrl);
    await page.getByRole("heading", { name: "Your scores" }).waitFor(LIVE);
    await expect(page.content()).resolves.not.toContain("Ana's evidence");
    await expect(page.getByRole("heading", { name: "Scores side by side" }).count()).resolves.toBe(0);
    const id = new URL(calibrationUrl).pathname.split("/").at(-1);
    const api = await page.evaluate(async (calibrationId) => {
      const response = await fetch(`/api/calibrations/${calibrationId}`);
      return { status: response.status, body: await response.text() };
    }, id);
    expect(api.status).toBe(200);
    expect(JSON.parse(api.body).dimensions).toBeNull();
    expect(api.body).not.toContain("Ana's evidence");
    // The replay opens for a rater who is a plain member.
    const replay = await page.request.get(
      new URL(
        (await page.getByRole("link", { name: "Watch the replay" }).getAttribute("href")) ?? "",
        calibrationUrl,
      ).href,
    );
    expect(replay.status()).toBe(200);
    await scoreAndSubmit(page, 2, "Cleo's evidence");
    await expect(page.getByText("Ana's evidence 0").count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText("Cleo's evidence 0").count()).resolves.toBeGreaterThan(0);
  });

  it("the coach reads agreement per dimension and leniency on the calibration tab", async () => {
    const page = pages.owner;
    await page.goto(`${inject("baseUrl")}/cohorts/${cohortId}/calibration`);
    await page.getByRole("heading", { name: "Agreement per dimension" }).waitFor(LIVE);
    await expect(page.getByText("2 of 2 submitted").count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: "Interviewer leniency" }).count()).resolves.toBe(1);
    await expect(page.getByRole("row", { name: /Ana Rater/ }).count()).resolves.toBeGreaterThan(0);
  });
});
