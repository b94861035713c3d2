// Issue #11, finding 12 against the real stack: the security headers every page carries,
// the board working in Chromium under that Content-Security-Policy, and "sign out on every
// device" ending JWT sessions everywhere.
import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";
import { signedInFetch } from "./support/http-session";

const base = () => inject("baseUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Every CSP violation the page reports, gathered from the document's own events. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...console,
  ];
}

describe("security headers", () => {
  it("every page has a Content-Security-Policy with a fresh nonce that its scripts carry", async () => {
    const [first, second] = await Promise.all([fetch(`${base()}/signin`), fetch(`${base()}/signin`)]);
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(`'nonce-${nonce}'`);
    expect(policy).toContain("script-src 'self' 'nonce-");
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  it("pages may connect to this site, the collab server and LiveKit, and nowhere else", async () => {
    const policy = (await fetch(`${base()}/signin`)).headers.get("content-security-policy") ?? "";
    const connect = policy.split(";").find((part) => part.trim().startsWith("connect-src")) ?? "";
    const collab = new URL(inject("collabUrl"));
    const livekit = new URL(inject("livekit").url);
    expect(connect.trim().split(/\s+/).sort()).toEqual(
      [
        "connect-src",
        "'self'",
        `ws://${collab.host}`,
        `http://${collab.host}`,
        `ws://${livekit.host}`,
        `http://${livekit.host}`,
      ].sort(),
    );
  });

  it("pages, API answers and static files say nosniff, a referrer policy and never framed", async () => {
    for (const path of ["/signin", "/api/health", "/tldraw-assets/translations/en.json"]) {
      const response = await fetch(`${base()}${path}`);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("tldraw and the live board work in Chromium under the policy, with no violation reported", async () => {
    const interviewer = await seedUser(testDb());
    const session = await seedSession(testDb(), { interviewerId: interviewer.id });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const violations = await recordViolations(page);
    await signIn(page, interviewer);
    await page.goto(`${base()}/sessions/${session.id}`);
    await page.locator('[data-testid="board-canvas"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-status="live"]').waitFor({ timeout: 30_000 });
    const canvas = await page.getByTestId("board-canvas").boundingBox();
    if (!canvas) throw new Error("no canvas");
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height - 150);
    await page.keyboard.press("r");
    await page.mouse.move(canvas.x + 200, canvas.y + 150);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 320, canvas.y + 230, { steps: 6 });
    await page.mouse.up();
    await page.locator(".tl-shape").first().waitFor({ timeout: 10_000 });
    // tldraw's fonts and icons come from /tldraw-assets on this site.
    expect(await page.evaluate(() => document.fonts.status)).toBeDefined();
    expect(await violations()).toEqual([]);
    await context.close();
  });
});

describe("signing out on every device", () => {
  it("ends every session of the account, in every browser, and a new sign-in works", async () => {
    const person = await seedUser(testDb());
    const laptop = await signedInFetch(person);
    const phone = await signedInFetch(person);
    for (const device of [laptop, phone]) {
      expect((await (await device("/api/auth/session")).json()).user?.email).toBe(person.email);
    }
    const ended = await laptop("/api/auth/sign-out-everywhere", { method: "POST" });
    expect(ended.status).toBe(200);
    for (const device of [laptop, phone]) {
      expect(await (await device("/api/auth/session")).json()).toEqual({});
      expect(
        (
          await device("/api/sessions", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
          })
        ).status,
      ).toBe(401);
      expect((await device("/dashboard")).status).toBe(307);
    }
    const again = await signedInFetch(person);
    expect((await (await again("/api/auth/session")).json()).user?.email).toBe(person.email);
  });

  it("is a button on the account page that signs this browser out and the other one too", async () => {
    const person = await seedUser(testDb());
    const other = await signedInFetch(person);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, person);
    await page.getByRole("link", { name: "Account" }).click();
    await page.waitForURL("**/account");
    await Promise.all([
      page.waitForURL("**/signin**"),
      page.getByRole("button", { name: "Sign out on every device" }).click(),
    ]);
    await page.goto(`${base()}/dashboard`);
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(await (await other("/api/auth/session")).json()).toEqual({});
    await context.close();
  });

  it("cannot be triggered from another site", async () => {
    const person = await seedUser(testDb());
    const device = await signedInFetch(person);
    const forged = await device("/api/auth/sign-out-everywhere", {
      method: "POST",
      headers: { origin: "https://evil.example" },
    });
    expect(forged.status).toBe(403);
    expect((await (await device("/api/auth/session")).json()).user?.email).toBe(person.email);
  });
});
