import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { type CohortCast, seedCohortCast } from "./support/db";
import { signInCookies } from "./support/http-session";

let browser: Browser;
let cast: CohortCast;
beforeAll(async () => {
  cast = await seedCohortCast({ owner: "Priya Raman" });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("signing in", () => {
  it("sends a signed-out visitor of a protected page to sign-in and back after signing in", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/sessions`);
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/sessions");
    await page.fill("#email", cast.owner.email);
    await page.fill("#password", cast.owner.password);
    await Promise.all([page.waitForURL("**/sessions"), page.click("button[type=submit]")]);
    await expect(page.locator("h1").textContent()).resolves.toBe("Sessions");
    await page.close();
  });

  it("shows an error and stays signed out when the password is wrong", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/signin`);
    await page.fill("#email", cast.owner.email);
    await page.fill("#password", "not-the-password");
    await page.click("button[type=submit]");
    await expect(page.locator("#signin-error").textContent()).resolves.toContain("do not match");
    await page.goto(`${inject("baseUrl")}/dashboard`);
    expect(new URL(page.url()).pathname).toBe("/signin");
    await page.close();
  });

  it("lands a cohort owner on the dashboard with navigation, and signs out", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, cast.owner);
    await expect(page.locator("h1").textContent()).resolves.toBe("Welcome back, Priya");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of ["Dashboard", "Prompts", "Sessions", "Cohorts"]) {
      await expect(nav.getByRole("link", { name: new RegExp(label) }).count()).resolves.toBe(1);
    }
    await expect(page.getByText(cast.cohort.name).count()).resolves.toBeGreaterThan(0);
    await page.keyboard.press("g");
    await page.keyboard.press("c");
    await page.waitForURL("**/cohorts");
    await Promise.all([page.waitForURL("**/signin"), page.getByRole("button", { name: "Sign out" }).click()]);
    await page.goto(`${inject("baseUrl")}/dashboard`);
    expect(new URL(page.url()).pathname).toBe("/signin");
    await context.close();
  });

  it("registers a new account and signs it in", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/register`);
    await page.fill("#name", "Rita Novak");
    await page.fill("#email", `rita-${Date.now()}@example.com`);
    await page.fill("#password", "a-long-password");
    await Promise.all([page.waitForURL("**/dashboard"), page.click("button[type=submit]")]);
    await expect(page.locator("h1").textContent()).resolves.toBe("Welcome to Mockboard, Rita");
    await page.close();
  });

  it("ends the session for good on sign-out, so a copy of its cookie opens nothing afterwards", async () => {
    const base = inject("baseUrl");
    const { cookie, csrfToken } = await signInCookies(cast.member);
    const sessionWith = async (cookieHeader: string) =>
      (await (await fetch(`${base}/api/auth/session`, { headers: { cookie: cookieHeader } })).json()) as {
        user?: { email?: string };
      };
    expect((await sessionWith(cookie)).user?.email).toBe(cast.member.email);
    const signOut = await fetch(`${base}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
    });
    expect(signOut.status).toBeLessThan(400);
    // The browser dropped its cookie; someone who copied it before keeps trying.
    expect(await sessionWith(cookie)).toEqual({});
    const dashboard = await fetch(`${base}/dashboard`, { redirect: "manual", headers: { cookie } });
    expect(dashboard.headers.get("location")).toContain("/signin");
    // Signing in again on that browser works as before.
    const again = await signInCookies(cast.member);
    expect((await sessionWith(again.cookie)).user?.email).toBe(cast.member.email);
  });
});
