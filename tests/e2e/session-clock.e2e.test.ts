import { startSession } from "@mockboard/db";
import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";

// Notes and evidence point at moments of the interview, and the replay plays them back:
// both must read the session's one clock (milliseconds since it started, on the server's
// clock, the timer's clock), however long the room was open before the notes tab was.
const TO_THE_SECOND = 1_500;

let browser: Browser;
let page: Page;
let sessionId: string;
let startedAt: number;

/** What the session clock reads now: the test runs on the server's machine, so on its clock. */
const sessionTimeNow = () => Date.now() - startedAt;

/**
 * The session times just before and just after `act`: a stamp taken during it must fall
 * between them, give or take a second (the browser's reading of the server's clock). A
 * busy machine can make one keystroke take seconds; that must not count as a wrong time.
 */
async function during(act: () => Promise<unknown>) {
  const from = sessionTimeNow();
  await act();
  return { from: from - TO_THE_SECOND, to: sessionTimeNow() + TO_THE_SECOND };
}

async function savedNotes() {
  return testDb().note.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" } });
}

async function waitForSaved() {
  await expect.poll(() => page.getByText("All notes saved").isVisible(), { timeout: 15_000 }).toBe(true);
}

beforeAll(async () => {
  const db = testDb();
  const [interviewer, candidate] = await Promise.all([seedUser(db), seedUser(db)]);
  const session = await seedSession(db, { interviewerId: interviewer.id, candidateId: candidate.id });
  sessionId = session.id;
  await startSession(db, session.id, interviewer.id);
  const started = await db.interviewSession.findUniqueOrThrow({ where: { id: session.id } });
  startedAt = started.startedAt?.getTime() ?? 0;
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, interviewer);
  await page.goto(`${inject("baseUrl")}/sessions/${session.id}`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("note and evidence times on the session clock", () => {
  it("a note written after minutes on other tabs is stamped with the session time, not the tab's", async () => {
    await page.waitForTimeout(8_000);
    await page.getByRole("tab", { name: "Guide" }).click();
    await page.waitForTimeout(4_000);
    await page.getByRole("tab", { name: "Notes" }).click();
    const field = page.getByLabel("New note", { exact: true });
    // The note is stamped when its writing starts.
    const expected = await during(() => field.press("A"));
    await field.pressSequentially("sks for the QPS first", { delay: 60 });
    await field.press("Enter");
    await waitForSaved();
    const [note] = await savedNotes();
    expect(note?.offsetMs).toBeGreaterThanOrEqual(expected.from);
    expect(note?.offsetMs).toBeLessThanOrEqual(expected.to);
  });

  it("after a reload and time on the brief, a marker is stamped with the session time", async () => {
    await page.reload();
    await page.getByRole("tab", { name: "Brief" }).waitFor();
    await page.waitForTimeout(10_000);
    await page.getByRole("tab", { name: "Notes" }).click();
    // The notes panel is fetched when its tab first opens; Alt+M works once it is there.
    await page.getByLabel("New note", { exact: true }).waitFor();
    const expected = await during(() => page.keyboard.press("Alt+KeyM"));
    await waitForSaved();
    const marker = (await savedNotes()).at(-1);
    expect(marker?.text).toBe("");
    expect(marker?.offsetMs).toBeGreaterThanOrEqual(expected.from);
    expect(marker?.offsetMs).toBeLessThanOrEqual(expected.to);
  });

  it("evidence added during the interview points at the session time it was added", async () => {
    await page.getByRole("tab", { name: "Scorecard" }).click();
    const field = page.getByLabel(/^Add evidence for/).first();
    await field.fill("Derived item lookups per second from QPS");
    const expected = await during(() => field.press("Enter"));
    await expect
      .poll(async () => (await testDb().score.findMany({ where: { scorecard: { sessionId } } })).length, {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    const scores = await testDb().score.findMany({ where: { scorecard: { sessionId } } });
    const items = scores.flatMap((score) => score.evidence as { text: string; atMs?: number }[]);
    const added = items.find((item) => item.text.startsWith("Derived item lookups"));
    expect(added?.atMs).toBeGreaterThanOrEqual(expected.from);
    expect(added?.atMs).toBeLessThanOrEqual(expected.to);
  });
});
