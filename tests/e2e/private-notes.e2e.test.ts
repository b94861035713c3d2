import { endSession, startSession } from "@mockboard/db";
import { seedSession } from "@mockboard/db/testing/factories";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { type CohortCast, seedCohortCast, testDb } from "./support/db";

// The interviewer's notes are private: the candidate reads a note only as evidence the
// interviewer kept on purpose, and observers read only the notes shared with them.
const TAGGED = "Forgot point-in-time joins";
const EDITED = "Did not mention point-in-time joins for training data";
const TAGGED_REMOVED = "Drew the serving path twice";
const PRIVATE = "Seems nervous, give more time";
const SHARED = "Strong on capacity arithmetic";
const LIVE = { timeout: 20_000 };

let browser: Browser;
let cast: CohortCast;
let sessionUrl: string;
let sessionId: string;
let interviewer: Page;
let candidate: Page;
let coach: Page;
/** Every response body the candidate's browser received. */
const candidateTraffic: string[] = [];

async function open(user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, user);
  await page.goto(sessionUrl);
  return page;
}

async function writeNote(text: string, options: { dimension?: number; shared?: boolean } = {}) {
  const composer = interviewer.getByLabel("New note", { exact: true });
  await composer.pressSequentially(text, { delay: 20 });
  if (options.dimension !== undefined)
    await interviewer
      .getByLabel("Rubric dimension of the new note")
      .selectOption({ index: options.dimension + 1 });
  if (options.shared) await interviewer.getByLabel("Share the new note with observers").check();
  await composer.press("Enter");
}

beforeAll(async () => {
  cast = await seedCohortCast({ owner: "Olga Owner", member: "Max Member", coach: "Cora Coach" });
  const session = await seedSession(testDb(), {
    interviewerId: cast.owner.id,
    candidateId: cast.member.id,
    cohortId: cast.cohort.id,
  });
  sessionId = session.id;
  sessionUrl = `${inject("baseUrl")}/sessions/${session.id}`;
  await startSession(testDb(), session.id, cast.owner.id);
  browser = await launchBrowser();
  interviewer = await open(cast.owner);
  candidate = await open(cast.member);
  candidate.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/json|html|text\/x-component|text\/plain/.test(type))
      candidateTraffic.push(await response.text().catch(() => ""));
  });
  coach = await open(cast.coach);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("private notes", () => {
  it("a note shared with observers reaches the observer's Shared notes tab, a private one never does", async () => {
    await interviewer.getByRole("tab", { name: "Notes" }).click();
    await writeNote(TAGGED, { dimension: 0 });
    await writeNote(TAGGED_REMOVED, { dimension: 1 });
    await writeNote(PRIVATE);
    await writeNote(SHARED, { shared: true });
    await expect.poll(() => interviewer.getByText("All notes saved").isVisible(), LIVE).toBe(true);
    const stored = await testDb().note.findMany({
      where: { sessionId },
      select: { text: true, visibility: true },
    });
    expect(stored.filter((note) => note.visibility === "SHARED").map((note) => note.text)).toEqual([SHARED]);

    await coach.getByRole("tab", { name: "Shared notes" }).click();
    await expect.poll(() => coach.getByText(SHARED).isVisible(), LIVE).toBe(true);
    expect(await coach.getByText(PRIVATE).count()).toBe(0);
    expect(await coach.getByText(TAGGED).count()).toBe(0);
  });

  it("the next note starts untagged and private again", async () => {
    expect(await interviewer.getByLabel("Rubric dimension of the new note").inputValue()).toBe("");
    expect(await interviewer.getByLabel("Share the new note with observers").isChecked()).toBe(false);
  });

  it("evidence copied from notes is marked as going to the candidate, and can be edited or removed", async () => {
    await endSession(testDb(), sessionId, cast.owner.id);
    await interviewer.reload();
    // After the end the scorecard is the interviewer's main stage.
    await interviewer.getByRole("heading", { name: "Scorecard" }).waitFor();
    const copied = interviewer.getByLabel(/copied from your note/);
    await expect.poll(() => copied.count(), LIVE).toBe(2);
    expect(await interviewer.getByText("From your note", { exact: true }).count()).toBe(2);
    await expect.poll(() => interviewer.getByText(/2 copied from your notes/).isVisible(), LIVE).toBe(true);
    // The untagged note stays in the notes panel beside the scorecard, never in the scorecard.
    expect(await interviewer.locator(".scorecard").getByText(PRIVATE).count()).toBe(0);

    await copied.first().fill(EDITED);
    await interviewer.getByRole("button", { name: `Remove evidence: ${TAGGED_REMOVED}` }).click();
    const pickers = interviewer.locator(".scorecard .level-picker");
    for (let index = 0; index < (await pickers.count()); index++)
      await pickers.nth(index).locator("label.level").nth(2).click();
    await interviewer.getByLabel("Yes", { exact: true }).check();
    await interviewer.getByRole("button", { name: "Submit scorecard" }).click();
    await interviewer.getByRole("button", { name: "Release feedback to the candidate" }).click();
    await expect.poll(() => interviewer.getByText("Feedback released").isVisible(), LIVE).toBe(true);
  });

  it("the candidate reads the evidence as the interviewer left it, and no note besides", async () => {
    await expect.poll(() => candidate.getByRole("tab", { name: "Feedback" }).isVisible(), LIVE).toBe(true);
    await candidate.getByRole("tab", { name: "Feedback" }).click();
    await expect.poll(() => candidate.getByText(EDITED).isVisible(), LIVE).toBe(true);
    const received = candidateTraffic.join("\n");
    for (const note of [TAGGED, TAGGED_REMOVED, PRIVATE, SHARED]) expect(received).not.toContain(note);
  });
});
