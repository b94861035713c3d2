import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { seedCohortCast, testDb } from "./support/db";
import { DESKTOP, horizontalOverflow, overflowingElements, PHONE } from "./support/layout";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("a first visit", () => {
  it("shows a signed-out visitor what Mockboard is, with a real screenshot and ways in", async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await browser.newPage({ viewport });
      const missing: string[] = [];
      page.on("response", (response) => {
        if (response.status() === 404) missing.push(response.url());
      });
      const response = await page.goto(`${inject("baseUrl")}/`);
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe("/");
      await expect(page.locator("h1").textContent()).resolves.toContain("Practise the interview");
      const shot = page.locator(".landing-shot img");
      await shot.scrollIntoViewIfNeeded();
      await expect.poll(() => shot.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1440);
      expect(await page.locator('a[href="/signin"]').count()).toBeGreaterThan(0);
      expect(await page.locator('a[href="/register"]').count()).toBeGreaterThan(0);
      expect(
        await horizontalOverflow(page),
        (await overflowingElements(page)).join("\n"),
      ).toBeLessThanOrEqual(0);
      await page.waitForLoadState("networkidle");
      expect(missing).toEqual([]);
      await page.close();
    }
  });

  it("has a favicon and app icons", async () => {
    for (const path of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/manifest.webmanifest"]) {
      const response = await fetch(`${inject("baseUrl")}${path}`);
      expect(response.status, path).toBe(200);
    }
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/signin`);
    expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
    expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBe(1);
    await page.close();
  });

  it("sends a signed-in visitor of / to the dashboard", async () => {
    const page = await browser.newPage();
    await signIn(page, await seedUser(testDb()));
    await page.goto(`${inject("baseUrl")}/`);
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    await page.close();
  });

  it("lists only what exists on the sign-in page, and no demo accounts outside demo mode", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${inject("baseUrl")}/signin`);
    const text = (await page.locator("body").textContent()) ?? "";
    expect(text).not.toMatch(/replay|live video/i);
    // The test stack runs a production build without MOCKBOARD_DEMO.
    expect(await page.getByText("Demo accounts").count()).toBe(0);
    await page.close();
  });
});

describe("the dashboard", () => {
  it("tells a new account what to do first", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, await seedUser(testDb(), { name: "Ada Byron" }));
    await expect(page.locator("h1").textContent()).resolves.toBe("Welcome to Mockboard, Ada");
    const steps = page.getByRole("list", { name: "Getting started" });
    await expect(steps.locator("h2").allTextContents()).resolves.toEqual([
      "Choose a prompt",
      "Start a session and invite a peer",
      "Interview, then score",
    ]);
    await steps.getByRole("link", { name: "Browse prompts" }).click();
    await page.waitForURL("**/prompts");
    await page.close();
  });

  it("welcomes back someone who has practised, with times in their own zone", async () => {
    const interviewer = await seedUser(testDb(), { name: "Grace Hopper" });
    await seedSession(testDb(), { interviewerId: interviewer.id, status: "LIVE" });
    const context = await browser.newContext({
      timezoneId: "Asia/Tokyo",
      locale: "en-GB",
      viewport: DESKTOP,
    });
    const page = await context.newPage();
    await signIn(page, interviewer);
    await expect(page.locator("h1").textContent()).resolves.toBe("Welcome back, Grace");
    const time = page.locator(".list time").first();
    await expect.poll(() => time.textContent()).toMatch(/GMT\+9|JST/);
    const iso = (await time.getAttribute("datetime")) ?? "";
    const expected = new Intl.DateTimeFormat("en-GB", {
      hour: "numeric",
      minute: "2-digit",
      timeZone: "Asia/Tokyo",
    }).format(new Date(iso));
    expect(await time.textContent()).toContain(expected);
    await page.goto(`${inject("baseUrl")}/sessions`);
    await expect.poll(() => page.locator(".list time").first().textContent()).toMatch(/GMT\+9|JST/);
    await context.close();
  });
});

describe("pages that are not there", () => {
  it("answers an unknown address with the app's own 404, signed out", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${inject("baseUrl")}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("We can't find that page");
    expect(await page.getByRole("link", { name: "Sign in" }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("answers a session you are not in with the app's own 404, inside the app", async () => {
    const cast = await seedCohortCast();
    const stranger = await seedUser(testDb());
    const session = await seedSession(testDb(), {
      interviewerId: cast.owner.id,
      candidateId: cast.member.id,
    });
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, stranger);
    const response = await page.goto(`${inject("baseUrl")}/sessions/${session.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("We can't find that page");
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(true);
    expect(await page.title()).toContain("Mockboard");
    expect(await page.content()).not.toContain("This page could not be found");
    await page.close();
  });
});
