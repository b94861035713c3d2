import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { testDb } from "./support/db";
import { PHONE } from "./support/layout";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A fresh session with an open invite, run by a fresh interviewer. */
async function openInvite() {
  const interviewer = await seedUser(testDb());
  const session = await seedSession(testDb(), { interviewerId: interviewer.id });
  return { sessionId: session.id, invitePath: `/join/${session.inviteCode}` };
}

/** The invite (becoming a confirmation page) or the room it leads to: either is "back on the invite". */
async function expectBackOnInvite(page: Page, invite: { sessionId: string; invitePath: string }) {
  const onInvite = (url: URL) =>
    url.pathname === invite.invitePath || url.pathname === `/sessions/${invite.sessionId}`;
  await page.waitForURL(onInvite, { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  expect(onInvite(new URL(page.url())), page.url()).toBe(true);
}

describe("an invite opened by someone without an account", () => {
  it("survives choosing 'Create an account' and registering, on a phone", async () => {
    const invite = await openInvite();
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${inject("baseUrl")}${invite.invitePath}`);
    const signInUrl = new URL(page.url());
    expect(signInUrl.pathname).toBe("/signin");
    expect(signInUrl.searchParams.get("callbackUrl")).toBe(invite.invitePath);
    await expect(page.locator(".auth-context").textContent()).resolves.toContain("invited");

    await Promise.all([
      page.waitForURL("**/register?**"),
      page.getByRole("link", { name: "Create an account" }).click(),
    ]);
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(invite.invitePath);
    await page.fill("#name", "Lin Zhou");
    await page.fill("#email", `lin-${Date.now()}@example.test`);
    await page.fill("#password", "a-long-password");
    await page.click("button[type=submit]");
    await expectBackOnInvite(page, invite);
    await page.close();
  });

  it("survives going to registration and back to sign in with an existing account", async () => {
    const invite = await openInvite();
    const candidate = await seedUser(testDb());
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}${invite.invitePath}`);
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.waitForURL("**/register?**");
    await Promise.all([page.waitForURL("**/signin?**"), page.getByRole("link", { name: "Sign in" }).click()]);
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(invite.invitePath);
    await page.fill("#email", candidate.email);
    await page.fill("#password", candidate.password);
    await page.click("button[type=submit]");
    await expectBackOnInvite(page, invite);
    await page.close();
  });

  it("never follows a callback to another site after registering", async () => {
    const page = await browser.newPage();
    await page.goto(
      `${inject("baseUrl")}/register?callbackUrl=${encodeURIComponent("https://evil.example/")}`,
    );
    expect(await page.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/signin");
    await page.fill("#name", "Omar Haddad");
    await page.fill("#email", `omar-${Date.now()}@example.test`);
    await page.fill("#password", "a-long-password");
    await Promise.all([page.waitForURL("**/dashboard"), page.click("button[type=submit]")]);
    expect(new URL(page.url()).origin).toBe(inject("baseUrl"));
    await page.close();
  });
});
