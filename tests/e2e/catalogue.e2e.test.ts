import { seedUser } from "@mockboard/db/testing/factories";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await signIn(page, await seedUser(testDb()));
});
afterAll(() => browser?.close());

describe("the prompt catalogue in a browser", () => {
  it("finds the code-completion design first when searching for code completion", async () => {
    await page.goto(`${inject("baseUrl")}/prompts`);
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("/");
    await expect(
      page.locator("#catalogue-q").evaluate((input) => input === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.type("code completion");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=code/);
    const first = page.locator(".result-title").first();
    // The title names what to design, not the company whose write-up the guide follows (#23).
    await expect(first.textContent()).resolves.toMatch(/code completion service/);
  });

  it("narrows results with a facet and shows the active filter", async () => {
    await page.goto(`${inject("baseUrl")}/prompts`);
    await page.locator('[data-facet="kind"]', { hasText: "Case" }).click();
    await page.waitForURL(/kind=CASE/);
    await expect(page.locator(".result").count()).resolves.toBe(3);
    await expect(page.locator(".chip").textContent()).resolves.toContain("Kind: Case");
    await page.locator('[data-facet="difficulty"]').first().click();
    await page.waitForURL(/difficulty=/);
    expect(await page.locator(".result").count()).toBeGreaterThan(0);
  });

  it("opens on a mix of rounds, sorts by length from the keyboard and keeps tags tidy", async () => {
    await page.goto(`${inject("baseUrl")}/prompts`);
    const rounds = await page.locator(".result .badges .small").allTextContents();
    expect(new Set(rounds.slice(0, 8)).size).toBe(8);
    const sort = page.getByRole("navigation", { name: "Sort" });
    await expect(sort.getByRole("link", { name: "Recommended" }).getAttribute("aria-current")).resolves.toBe(
      "page",
    );
    await sort.getByRole("link", { name: "Shortest" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/sort=shortest/);
    const minutes = (await page.locator(".result .badges .badge").allTextContents())
      .filter((text) => /min$/.test(text))
      .map((text) => Number.parseInt(text, 10));
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
    // Filters keep the sort; difficulty reads Easy, Medium, Hard.
    const difficulties = await page.locator('[data-facet="difficulty"] span:first-child').allTextContents();
    expect(difficulties).toEqual(["Easy", "Medium", "Hard"]);
    const tags = await page.locator(".result .tag").allTextContents();
    expect(tags.filter((tag) => /^(family-|signal-)|^behavioral$/.test(tag))).toEqual([]);
    const labels = await page.locator(".facets").textContent();
    expect(labels).not.toContain("Behavioral");
  });

  it("opens a prompt with its guide marked interviewer-only, and a candidate view without it", async () => {
    await page.goto(`${inject("baseUrl")}/prompts?q=kappa`);
    await Promise.all([
      page.waitForURL(/\/prompts\/[a-z0-9-]+$/),
      page.locator(".result-title").first().click(),
    ]);
    await expect(page.getByTestId("interviewer-guide").count()).resolves.toBe(1);
    await expect(page.locator(".guide-flag").textContent()).resolves.toBe("Interviewer only");
    const guideText = (await page.getByTestId("interviewer-guide").textContent()) ?? "";
    const keyPoint = guideText.slice(
      guideText.indexOf("A strong answer") + 15,
      guideText.indexOf("A strong answer") + 60,
    );

    await page.getByRole("link", { name: "Candidate view" }).click();
    await page.waitForURL(/view=candidate/);
    await expect(page.getByTestId("candidate-brief").count()).resolves.toBe(1);
    await expect(page.getByTestId("interviewer-guide").count()).resolves.toBe(0);
    const html = await page.content();
    expect(html).not.toContain(keyPoint);
    expect(html).not.toContain("Interviewer only");
  });
});
