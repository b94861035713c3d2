import { join, resolve } from "node:path";
import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import { freePort } from "@mockboard/devkit/ports";
import { type Service, startService, waitForHttp } from "@mockboard/devkit/processes";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { testDb } from "./support/db";

// A second web server of our own, on the stack's database, that this test kills with
// SIGKILL while the interviewer types: nothing acknowledged may be lost, and what was
// typed but not yet acknowledged comes back from the browser when the room reopens.
const root = resolve(import.meta.dirname, "../..");
let browser: Browser;
let web: Service | undefined;
let port: number;

function startWeb(): Service {
  const base = `http://127.0.0.1:${port}`;
  return startService("web-2", join(root, "node_modules/.bin/next"), ["start", "--port", String(port)], {
    cwd: join(root, "apps/web"),
    env: { ...inject("webEnv"), NEXTAUTH_URL: base },
    quiet: process.env.E2E_LOGS !== "1",
  });
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto(`http://127.0.0.1:${port}/signin`);
  await page.fill("#email", user.email);
  await page.fill("#password", user.password);
  await Promise.all([page.waitForURL("**/dashboard"), page.click("button[type=submit]")]);
}

beforeAll(async () => {
  port = await freePort();
  web = startWeb();
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, () => web?.child.exitCode === null);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await web?.stop();
  await browser?.close();
});

describe("a web server killed while the interviewer types", () => {
  it("keeps every acknowledged note and score, and recovers the note typed after the last acknowledgement", async () => {
    const db = testDb();
    const interviewer = await seedUser(db);
    const candidate = await seedUser(db);
    const session = await seedSession(db, {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      status: "LIVE",
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("dialog", (dialog) => void dialog.accept());
    await signIn(page, interviewer);
    await page.goto(`http://127.0.0.1:${port}/sessions/${session.id}`);

    await page.getByRole("tab", { name: "Notes" }).click();
    const composer = page.getByLabel("New note", { exact: true });
    await composer.fill("Acknowledged: asked for the latency budget first");
    await composer.press("Enter");
    await page.getByRole("tab", { name: "Scorecard" }).click();
    await page.locator("#scorecard-summary").fill("Acknowledged summary");
    await expect.poll(() => page.getByText("Draft saved").isVisible(), { timeout: 10_000 }).toBe(true);
    await page.getByRole("tab", { name: "Notes" }).click();
    await expect.poll(() => page.getByText("All notes saved").isVisible(), { timeout: 10_000 }).toBe(true);

    // Typed, then the server dies before (or while) the autosave reaches it.
    await page.getByLabel("New note", { exact: true }).fill("Typed just before the crash");
    web?.child.kill("SIGKILL");
    await web?.exited;

    const notes = await db.note.findMany({ where: { sessionId: session.id } });
    expect(notes.map((note) => note.text)).toContain("Acknowledged: asked for the latency budget first");
    const card = await db.scorecard.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(card.summary).toBe("Acknowledged summary");

    web = startWeb();
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, () => web?.child.exitCode === null);
    await page.reload();
    await expect
      .poll(
        async () => (await db.note.findMany({ where: { sessionId: session.id } })).map((note) => note.text),
        {
          timeout: 20_000,
        },
      )
      .toContain("Typed just before the crash");
    await page.close();
  });
});
