import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { type CohortCast, seedCohortCast, testDb } from "./support/db";
import { horizontalOverflow, overflowingElements, PHONE, VIEWPORTS } from "./support/layout";

let browser: Browser;
let cast: CohortCast;
let sessionPath: string;
const contexts = new Map<string, BrowserContext>();

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
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    await signIn(await context.newPage(), cast.owner);
    contexts.set(viewport.name, context);
  }
});
afterAll(() => browser?.close());

async function open(viewport: string, path: string): Promise<Page> {
  const context = contexts.get(viewport);
  if (!context) throw new Error(`no context for ${viewport}`);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${inject("baseUrl")}${path}`);
  await page.waitForLoadState("networkidle");
  return page;
}

describe.each(VIEWPORTS)("at $width x $height ($name)", (viewport) => {
  it.each([
    ["the dashboard", "/dashboard"],
    ["the sessions list", "/sessions"],
    ["the catalogue", "/prompts"],
    ["a prompt page", "/prompts/ml-infra-feature-store"],
    ["the cohorts page", "/cohorts"],
    ["a cohort's members", "COHORT"],
    ["a cohort's schedule", "COHORT/schedule"],
    ["a cohort's progress", "COHORT/progress"],
    ["a cohort's prompts", "COHORT/prompts"],
    ["creating a cohort", "/cohorts/new"],
    ["the inbox", "/notifications"],
    ["a session room", "ROOM"],
  ])("%s does not scroll sideways", async (_name, path) => {
    const page = await open(
      viewport.name,
      path === "ROOM" ? sessionPath : path.replace("COHORT", `/cohorts/${cast.cohort.id}`),
    );
    if (path === "ROOM") await page.locator(".tl-canvas").waitFor({ state: "attached", timeout: 30_000 });
    const overflow = await horizontalOverflow(page);
    expect(overflow, (await overflowingElements(page)).join("\n")).toBeLessThanOrEqual(0);
  });

  it("reaches every section through the navigation", async () => {
    const page = await open(viewport.name, "/dashboard");
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = page.getByRole("button", { name: "Menu" });
    if (viewport.name === "phone") {
      // On a phone the navigation waits behind the menu button, out of the way.
      expect(await nav.isVisible()).toBe(false);
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
      await menu.click();
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("true");
      expect(await page.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
      // Keyboard hints mean nothing on a phone.
      expect(await nav.locator("kbd").first().isVisible()).toBe(false);
    } else {
      expect(await menu.isVisible()).toBe(false);
    }
    await Promise.all([page.waitForURL("**/sessions"), nav.getByRole("link", { name: /Sessions/ }).click()]);
    await expect(page.locator("h1").textContent()).resolves.toBe("Sessions");
    // Choosing a page closes the menu again.
    expect(await nav.isVisible()).toBe(viewport.name !== "phone");
  });
});

describe("the catalogue on a phone", () => {
  it("shows the first prompt on the first screen, with the filters in a drawer", async () => {
    const page = await open("phone", "/prompts");
    const first = await page.locator(".result-title").first().boundingBox();
    expect(first).not.toBeNull();
    expect((first?.y ?? Infinity) + (first?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    const filters = page.getByRole("complementary", { name: "Filters" });
    expect(await filters.isVisible()).toBe(false);

    await page.getByRole("button", { name: /^Filters/ }).click();
    expect(await filters.isVisible()).toBe(true);
    await Promise.all([
      page.waitForURL(/kind=CASE/),
      filters.locator('[data-facet="kind"]', { hasText: "Case" }).click(),
    ]);
    // The drawer closes on choosing, and the button counts the active filter.
    await expect.poll(() => filters.isVisible()).toBe(false);
    await expect(page.getByRole("button", { name: /^Filters/ }).textContent()).resolves.toBe("Filters (1)");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("closes the drawer with its Done button", async () => {
    const page = await open("phone", "/prompts");
    await page.getByRole("button", { name: /^Filters/ }).click();
    const filters = page.getByRole("complementary", { name: "Filters" });
    expect(await filters.isVisible()).toBe(true);
    await filters.getByRole("button", { name: "Done" }).click();
    expect(await filters.isVisible()).toBe(false);
  });
});

describe("the catalogue on a desktop", () => {
  it("keeps the filters beside the results and the '/' hint clear of the search text", async () => {
    const page = await open("desktop", "/prompts");
    expect(await page.getByRole("complementary", { name: "Filters" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: /^Filters/ }).isVisible()).toBe(false);
    const geometry = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>("#catalogue-q");
      const hint = document.querySelector(".search kbd");
      if (!input || !hint) return null;
      const box = input.getBoundingClientRect();
      const textEnd = box.right - Number.parseFloat(getComputedStyle(input).paddingRight);
      return {
        textEnd,
        hintLeft: hint.getBoundingClientRect().left,
        hintRight: hint.getBoundingClientRect().right,
        inputRight: box.right,
      };
    });
    expect(geometry).not.toBeNull();
    // The hint sits inside the input's right padding, where no placeholder or text is drawn.
    expect(geometry?.hintLeft).toBeGreaterThanOrEqual(geometry?.textEnd ?? Infinity);
    expect(geometry?.hintRight).toBeLessThanOrEqual(geometry?.inputRight ?? 0);
  });
});

describe("a new account on a phone", () => {
  it("sees where to start without scrolling sideways", async () => {
    const user = await seedUser(testDb(), { name: "Nina Okafor" });
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, user);
    await expect(page.locator("h1").textContent()).resolves.toBe("Welcome to Mockboard, Nina");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
