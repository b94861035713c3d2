import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { type CohortCast, seedCohortCast } from "./support/db";

let browser: Browser;
let cast: CohortCast;
beforeAll(async () => {
  cast = await seedCohortCast();
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("writing a cohort prompt in the browser", () => {
  it("lets a coach write, preview and publish a prompt that the cohort finds in the catalogue", async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    await signIn(page, cast.coach);
    await page.goto(`${inject("baseUrl")}/prompts/new`);
    await page.fill("#title", "Design a notifications ranking service");
    await page.fill("#tags", "notifications, ranking");
    await page.fill("#summary", "Rank push notifications for 50 million daily users without spamming them.");
    await page.fill("#requirements", "Decide which notifications to send\nCap sends per user per day");
    await page.fill("#overview", "Treat sending as a ranking problem with a fatigue-aware threshold.");
    await page.fill(
      "#keyPoints",
      "Long-term engagement objective\nPer-user send budget\nHoldout for incrementality",
    );
    await page.fill(
      "#followUps",
      "How do you measure fatigue? | Unsubscribes and disabled notifications in a holdout",
    );
    await page.getByRole("tab", { name: "Preview" }).click();
    await expect(page.getByTestId("preview").textContent()).resolves.toContain("Per-user send budget");
    await Promise.all([
      page.waitForURL(/\/prompts\/design-a-notifications-ranking-service-/),
      page.getByRole("button", { name: "Create prompt" }).click(),
    ]);
    await expect(page.locator("h1").textContent()).resolves.toBe("Design a notifications ranking service");
    await expect(page.getByRole("link", { name: "Edit" }).count()).resolves.toBe(1);

    const member = await browser.newPage();
    await signIn(member, cast.member);
    await member.goto(`${inject("baseUrl")}/prompts?q=notifications+ranking`);
    await expect(member.locator(".result-title").first().textContent()).resolves.toBe(
      "Design a notifications ranking service",
    );
    await member.locator(".result-title").first().click();
    await member.waitForURL(/\/prompts\/design-a-notifications/);
    await expect(member.getByRole("link", { name: "Edit" }).count()).resolves.toBe(0);
  });

  it("tells a plain member that only owners and coaches write prompts", async () => {
    const page = await browser.newPage();
    await signIn(page, cast.member);
    await page.goto(`${inject("baseUrl")}/prompts/new`);
    await expect(page.getByText("Only cohort owners and coaches write prompts").count()).resolves.toBe(1);
  });
});
