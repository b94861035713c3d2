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
import { runAxe, seriousViolations, VIEWPORTS } from "./support/layout";

// Blind calibration in the browser: a coach asks two members to score a finished session,
// each scores without seeing the other's levels or evidence until they submit, finding the
// request on the members tab; the pages at 1440x900 and on a 390x844 phone (axe, no sideways
// scrolling, screenshots with E2E_SCREENSHOTS set), and scoring from the keyboard alone.

let browser: Browser;
const users: Record<"owner" | "ana" | "cleo", SeededUser> = {} as never;
const contexts: BrowserContext[] = [];
let cohortId = "";
let sessionTitle = "";
let calibrationUrl = "";
const pages: Record<"owner" | "ana" | "cleo", Page> = {} as never;
const LIVE = { timeout: 15_000 };

async function pageFor(user: SeededUser, viewport = { width: 1440, height: 900 }) {
  const phone = viewport.width < 500;
  const context = await browser.newContext({ viewport, hasTouch: phone, isMobile: phone });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

async function picture(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

/** The coach asks Ana and Cleo to score the session blind (never Ben, its candidate); the new calibration's address. */
async function askAnaAndCleo(page: Page): Promise<string> {
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
  return page.url();
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
  Object.assign(users, { owner, ana, cleo });
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
    calibrationUrl = await askAnaAndCleo(pages.owner);
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
    // She finds the request on the members tab, beside her notification.
    await page.goto(`${inject("baseUrl")}/cohorts/${cohortId}`);
    const requests = page.getByRole("region", { name: "Your calibration requests" });
    await expect(requests.getByText("To score").count()).resolves.toBe(1);
    await Promise.all([
      page.waitForURL(calibrationUrl, LIVE),
      requests.getByRole("link", { name: `Score blind: ${sessionTitle}` }).click(),
    ]);
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
    await page.goto(`${inject("baseUrl")}/cohorts/${cohortId}`);
    await expect(
      requests.getByRole("link", { name: `Read the scores: ${sessionTitle}` }).count(),
    ).resolves.toBe(1);
    await expect(requests.getByText("Submitted").count()).resolves.toBe(1);
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

describe("the calibration pages on a laptop and a phone", { timeout: 180_000 }, () => {
  for (const viewport of VIEWPORTS)
    it(`have no serious or critical axe violation and no sideways scrolling at ${viewport.name}`, async () => {
      const shown: [keyof typeof users, string, string][] = [
        ["owner", `/cohorts/${cohortId}/calibration`, "calibration-tab"],
        ["owner", new URL(calibrationUrl).pathname, "calibration-detail-coach"],
        ["cleo", new URL(calibrationUrl).pathname, "calibration-detail-rater"],
        ["cleo", `/cohorts/${cohortId}`, "members-tab-rater"],
        ["cleo", `/cohorts/${cohortId}/calibration`, "calibration-tab-member"],
      ];
      for (const [who, path, name] of shown) {
        const page = await pageFor(users[who], viewport);
        await page.goto(`${inject("baseUrl")}${path}`);
        await page.getByRole("heading", { level: 2 }).first().waitFor(LIVE);
        await picture(page, `${name}-${viewport.width}`);
        expect(seriousViolations(await runAxe(page)), `${name} at ${viewport.name}`).toEqual([]);
        // Against the window asked for: a phone's layout viewport widens to fit what sticks out,
        // so the page's own width is what says whether it scrolls sideways.
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width - viewport.width, `${name} at ${viewport.name} is ${width} px wide`).toBeLessThanOrEqual(
          0,
        );
        // On a phone each cell is a line named by its column: none may come without the name.
        await expect(page.locator(".data-table.stack td:not([data-label])").count()).resolves.toBe(0);
        await page.context().close();
      }
    });

  it("a rater scores and submits from the keyboard alone", async () => {
    const url = await askAnaAndCleo(pages.owner);
    const page = pages.ana;
    await page.goto(url);
    await page.getByRole("heading", { name: "Your scores" }).waitFor(LIVE);
    const fieldsets = page.locator(".calibration-scoring fieldset");
    const count = await fieldsets.count();
    const focused = () => page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    for (let index = 0; index < count; index += 1) {
      // Into the dimension's levels, an arrow picks level 2, Tab leaves the group for the evidence.
      await fieldsets.nth(index).locator("input[type=radio]").first().focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Tab");
      await expect(focused()).resolves.toBe("textarea");
      await page.keyboard.type(`Keyboard evidence ${index}`);
    }
    for (let index = 0; index < count; index += 1) {
      await expect(fieldsets.nth(index).locator("input[type=radio]").nth(1).isChecked()).resolves.toBe(true);
    }
    // From the last evidence box, Tab reaches the buttons; Enter on "Submit my scores" submits.
    for (let step = 0; step < 4; step += 1) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (label.includes("Submit my scores")) break;
    }
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Scores side by side" }).waitFor(LIVE);
    await expect(page.getByText("Keyboard evidence 0").count()).resolves.toBeGreaterThan(0);
  });
});
