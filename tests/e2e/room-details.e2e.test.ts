import { startSession } from "@mockboard/db";
import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";
import { readmePicture } from "./support/screenshots";

// The room's smaller rough edges, as the interviewer meets them at 1440x900: a phase can be
// taken back, tabs are whole, a rare action is a late keyboard stop, the timeline reads as
// the interview went, the prompt page's labels keep apart, and an ended session has no clock.
/** A loaded machine answers slower than expect.poll's default second. */
const SOON = { timeout: 10_000 };

let browser: Browser;
let page: Page;
let url: string;
let sessionId: string;
let candidateId: string;

const phaseLabel = () =>
  page
    .getByRole("region", { name: "Phase timer" })
    .locator(".timer-phase")
    .innerText()
    .catch(() => "");

beforeAll(async () => {
  const db = testDb();
  const [interviewer, candidate] = await Promise.all([
    seedUser(db, { name: "Priya Raman" }),
    seedUser(db, { name: "Sam Carter" }),
  ]);
  candidateId = candidate.id;
  const session = await seedSession(db, { interviewerId: interviewer.id, candidateId: candidate.id });
  sessionId = session.id;
  await startSession(db, session.id, interviewer.id);
  url = `${inject("baseUrl")}/sessions/${session.id}`;
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, interviewer);
  await page.goto(url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("the room's smaller rough edges", () => {
  it("the interviewer can take a phase back after Next phase", async () => {
    // The server's HTML shows the timer before its buttons work: click once the room is live.
    await page.locator(".tl-canvas").waitFor({ timeout: 30_000 });
    await expect.poll(phaseLabel, SOON).toMatch(/^Phase 1\//);
    await page.getByRole("button", { name: "Next phase" }).click();
    await expect.poll(phaseLabel, SOON).toMatch(/^Phase 2\//);
    await page.getByRole("button", { name: "Previous phase" }).click();
    await expect.poll(phaseLabel, SOON).toMatch(/^Phase 1\//);
    await expect.poll(() => page.getByRole("button", { name: "Next phase" }).isEnabled()).toBe(true);
    await readmePicture(page, "room");
  });

  it("every side panel tab shows its whole name at 1440 wide", async () => {
    const cut = await page.getByRole("tablist", { name: "Panels" }).evaluate((list) => {
      const clipped = list.scrollWidth > list.clientWidth + 1;
      const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')].filter(
        (tab) =>
          tab.scrollWidth > tab.clientWidth + 1 ||
          tab.getBoundingClientRect().right > list.getBoundingClientRect().right + 1,
      );
      return { clipped, tabs: tabs.map((tab) => tab.textContent) };
    });
    expect(cut).toEqual({ clipped: false, tabs: [] });
  });

  it("removing the candidate is named for what it does and comes after the timer in keyboard order", async () => {
    const remove = page.getByRole("button", { name: "Remove candidate Sam Carter from this session" });
    expect(await remove.innerText()).toMatch(/remove candidate/i);
    const afterTimer = await remove.evaluate((button) => {
      const timer = document.querySelector('[aria-label="Phase timer"]');
      return Boolean(timer && timer.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(afterTimer).toBe(true);
  });

  it("the timeline folds camera and microphone switches into one line and shows the interviewer's notes", async () => {
    const db = testDb();
    for (const [index, kind] of (
      [
        "VIDEO_TRACK_PUBLISHED",
        "VIDEO_TRACK_UNPUBLISHED",
        "VIDEO_TRACK_PUBLISHED",
        "VIDEO_TRACK_UNPUBLISHED",
      ] as const
    ).entries())
      await db.sessionEvent.create({
        data: {
          sessionId,
          kind,
          actorId: candidateId,
          at: new Date(Date.now() + index),
          data: { source: index < 2 ? "CAMERA" : "MICROPHONE" },
        },
      });
    await page.getByRole("tab", { name: "Notes" }).click();
    await page.getByLabel("New note", { exact: true }).fill("Asks for the QPS first");
    await page.getByLabel("New note", { exact: true }).press("Enter");
    await expect.poll(() => page.getByText("All notes saved").isVisible(), { timeout: 15_000 }).toBe(true);
    await page.reload();
    await page.getByRole("tab", { name: "Timeline" }).click();
    const timeline = page.getByRole("region", { name: "Session timeline" });
    await timeline.waitFor();
    expect(await timeline.getByTestId("timeline-media").count()).toBe(1);
    expect(await timeline.getByTestId("timeline-media").innerText()).toMatch(/switched 4 times/);
    expect(await timeline.getByTestId("timeline-note").innerText()).toMatch(/Asks for the QPS first/);
    expect(await timeline.getByText(/^Note$/).count()).toBe(0);
  });

  it("a note written during the session is on the timeline at once, and still in the notes when their tab opens again", async () => {
    await page.getByRole("tab", { name: "Notes" }).click();
    await page.getByLabel("New note", { exact: true }).fill("Sketches the write path live");
    await page.getByLabel("New note", { exact: true }).press("Enter");
    await expect.poll(() => page.getByText("All notes saved").isVisible(), { timeout: 15_000 }).toBe(true);
    // No reload: the timeline drawn with the page must learn of the note.
    await page.getByRole("tab", { name: "Timeline" }).click();
    const timeline = page.getByRole("region", { name: "Session timeline" });
    await expect
      .poll(() => timeline.getByTestId("timeline-note").allInnerTexts(), { timeout: 5_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/Sketches the write path live/)]));
    await page.getByRole("tab", { name: "Notes" }).click();
    const written = () =>
      page
        .getByRole("region", { name: "Your notes" })
        .locator("li textarea")
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
    await expect.poll(written).toContain("Sketches the write path live");
  });

  it("the prompt page keeps the round label apart from the way to prepare for it", async () => {
    await page.goto(`${inject("baseUrl")}/prompts/least-truck-capacity`);
    const label = await page.getByText("Algorithms", { exact: true }).first().boundingBox();
    const link = await page.getByRole("link", { name: "How to prepare for this round" }).boundingBox();
    // On a line of its own, not glued to the label ("AlgorithmsHow to prepare").
    expect(link && label && link.y >= label.y + label.height - 1).toBe(true);
    await page.goto(url);
  });

  it("an ended session shows no phase clock", async () => {
    await page.getByRole("button", { name: "End interview" }).click();
    await expect
      .poll(() => page.getByTestId("session-stage").innerText(), { timeout: 15_000 })
      .toMatch(/ended/i);
    expect(await page.getByRole("region", { name: "Phase timer" }).count()).toBe(0);
  });
});
