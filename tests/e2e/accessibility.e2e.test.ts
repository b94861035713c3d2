import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { type CohortCast, seedCohortCast, testDb } from "./support/db";
import { runAxe, seriousViolations, VIEWPORTS } from "./support/layout";

let browser: Browser;
let cast: CohortCast;
let sessionPath: string;
const contexts: Record<string, BrowserContext> = {};

beforeAll(async () => {
  cast = await seedCohortCast({ owner: "Priya Raman", member: "Sam Carter" });
  const session = await seedSession(testDb(), {
    interviewerId: cast.owner.id,
    candidateId: cast.member.id,
    cohortId: cast.cohort.id,
    status: "LIVE",
  });
  sessionPath = `/sessions/${session.id}`;
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** One signed-in browser per person and viewport, reused across pages. */
async function pageFor(
  who: "signed-out" | "interviewer" | "candidate",
  viewport: (typeof VIEWPORTS)[number],
) {
  const key = `${who}-${viewport.name}`;
  let context = contexts[key];
  if (!context) {
    context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    contexts[key] = context;
    if (who !== "signed-out")
      await signIn(await context.newPage(), who === "interviewer" ? cast.owner : cast.member);
  }
  return context.pages()[0] ?? (await context.newPage());
}

async function visit(page: Page, path: string) {
  await page.goto(`${inject("baseUrl")}${path}`);
  await page.waitForLoadState("networkidle");
  if (path === sessionPath) {
    await page.locator('[data-testid="board-canvas"][data-ready="true"]').waitFor({ timeout: 30_000 });
  }
}

const PAGES: { name: string; who: "signed-out" | "interviewer" | "candidate"; path: () => string }[] = [
  { name: "the landing page", who: "signed-out", path: () => "/" },
  { name: "sign-in", who: "signed-out", path: () => "/signin" },
  { name: "registration", who: "signed-out", path: () => "/register" },
  { name: "the 404 page, signed out", who: "signed-out", path: () => "/no-such-page" },
  { name: "the dashboard", who: "interviewer", path: () => "/dashboard" },
  { name: "the sessions list", who: "interviewer", path: () => "/sessions" },
  { name: "the cohorts page", who: "interviewer", path: () => "/cohorts" },
  { name: "the prompt catalogue", who: "interviewer", path: () => "/prompts" },
  { name: "a prompt page", who: "interviewer", path: () => "/prompts/ml-infra-feature-store" },
  { name: "the room, as the interviewer", who: "interviewer", path: () => sessionPath },
  { name: "the room, as the candidate", who: "candidate", path: () => sessionPath },
  { name: "the 404 page, signed in", who: "interviewer", path: () => "/sessions/not-a-session" },
  // A built-in prompt is not editable: its edit page answers 403.
  { name: "the 403 page", who: "candidate", path: () => "/prompts/ml-infra-feature-store/edit" },
  { name: "the account page", who: "interviewer", path: () => "/account" },
  { name: "the preparation guides", who: "candidate", path: () => "/prep" },
  { name: "a preparation guide", who: "candidate", path: () => "/prep/ml-system-design" },
  { name: "writing a cohort prompt", who: "interviewer", path: () => "/prompts/new" },
  { name: "creating a cohort", who: "interviewer", path: () => "/cohorts/new" },
  { name: "a cohort's members, as its owner", who: "interviewer", path: () => `/cohorts/${cast.cohort.id}` },
  {
    name: "a cohort's schedule and rotation",
    who: "interviewer",
    path: () => `/cohorts/${cast.cohort.id}/schedule`,
  },
  {
    name: "a cohort's schedule, as a member",
    who: "candidate",
    path: () => `/cohorts/${cast.cohort.id}/schedule`,
  },
  { name: "a cohort's progress", who: "candidate", path: () => `/cohorts/${cast.cohort.id}/progress` },
  { name: "a cohort's prompts", who: "candidate", path: () => `/cohorts/${cast.cohort.id}/prompts` },
  { name: "the inbox", who: "candidate", path: () => "/notifications" },
  { name: "a cohort invite", who: "candidate", path: () => `/join/${cast.cohort.inviteCode}` },
];

describe.each(VIEWPORTS)("axe-core at $width x $height ($name)", (viewport) => {
  it.each(PAGES)("finds no serious or critical violation on $name", async ({ who, path }) => {
    const page = await pageFor(who, viewport);
    await visit(page, path());
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });

  it("finds none with the phone menu open", async () => {
    const page = await pageFor("interviewer", viewport);
    await visit(page, "/dashboard");
    const menu = page.getByRole("button", { name: "Menu" });
    if (await menu.isVisible()) await menu.click();
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });

  it("finds none with the catalogue's filter drawer open", async () => {
    const page = await pageFor("interviewer", viewport);
    await visit(page, "/prompts");
    const filters = page.getByRole("button", { name: /^Filters/ });
    if (await filters.isVisible()) await filters.click();
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });
});

describe("a new account's dashboard", () => {
  it("has no serious or critical violation", async () => {
    const page = await browser.newPage();
    await signIn(page, await seedUser(testDb()));
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await page.close();
  });
});
