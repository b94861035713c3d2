import { endSession } from "@mockboard/db";
import { formatMoment } from "@mockboard/interview";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { codeOnScreen, replaceCode, runAndWait, waitForPad } from "./support/code-pad";
import { seedCodingRound, testDb } from "./support/db";
import { runAxe, seriousViolations } from "./support/layout";

// Issue #25 in the replay: a coding round where the candidate typed and ran two versions of
// the code, a few seconds apart; the replay shows each version, with its run, at its moment.

let browser: Browser;
let page: Page;
let sessionId: string;
/** A whole second of session time after the first run and before the second version. */
let firstMs: number;

const FIRST = "console.log('first version')";
const SECOND = "console.log('second version')\nconsole.log(2 + 2)";
const stdout = (on: Page) =>
  on
    .getByTestId("run-stdout")
    .innerText()
    .catch(() => "");
const replayCode = (on: Page) => on.getByTestId("replay-code");

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/** Opens the replay and waits until the document at its playhead is shown. */
async function openReplay(query = "") {
  await page.goto(`${inject("baseUrl")}/sessions/${sessionId}/replay${query}`);
  await until(
    async () => ((await page.getByTestId("replay-board").getAttribute("data-seq")) ?? "") !== "",
    "the replay shows its moment",
    30_000,
  );
  await replayCode(page).locator(".cm-content").waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  const db = testDb();
  const round = await seedCodingRound({ interviewer: "Priya Raman", candidate: "Sam Carter" });
  const { interviewer, candidate } = round;
  sessionId = round.sessionId;
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await signIn(page, candidate);
  await page.goto(`${inject("baseUrl")}/sessions/${sessionId}`);
  await waitForPad(page);

  await page.getByLabel("Language").selectOption("javascript");
  await until(
    async () => (await page.getByTestId("codepad").getAttribute("data-language")) === "javascript",
    "the pad shows JavaScript",
  );
  await replaceCode(page, FIRST);
  await runAndWait(page);
  expect(await stdout(page)).toBe("first version\n");
  const { startedAt } = await db.interviewSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { startedAt: true },
  });
  const sessionNow = () => Date.now() - (startedAt?.getTime() ?? 0);
  // A replay link names a whole second: the second version is begun only after the one named.
  firstMs = (Math.ceil(sessionNow() / 1000) + 1) * 1000;
  await until(() => sessionNow() > firstMs + 250, "the session clock passes the first version's second");
  await replaceCode(page, SECOND);
  await runAndWait(page);
  expect(await stdout(page)).toBe("second version\n4\n");
  // The browser reports a run's result once it has ended: both are on the timeline before the end.
  await until(
    async () => (await db.sessionEvent.count({ where: { sessionId, kind: "CODE_RUN" } })) === 2,
    "both runs are on the session's timeline",
  );
  await endSession(db, sessionId, interviewer.id);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("the code pad in the replay", { timeout: 90_000 }, () => {
  it("opens a coding round's replay on the code as it ended, with the last run, read-only", async () => {
    await openReplay();
    await expect.poll(() => codeOnScreen(page)).toBe(SECOND);
    expect(await replayCode(page).getAttribute("data-language")).toBe("javascript");
    expect(await stdout(page)).toBe("second version\n4\n");
    expect(await replayCode(page).locator(".cm-content").getAttribute("contenteditable")).toBe("false");
    expect(await page.getByTestId("board-surface").isVisible()).toBe(false);
  });

  it("shows the first version and its run at a moment between the two", async () => {
    await openReplay(`?t=${formatMoment(firstMs)}`);
    await expect.poll(() => codeOnScreen(page)).toBe(FIRST);
    expect(await stdout(page)).toBe("first version\n");
  });

  it("puts each run on the timeline with its result, and jumps back to the code of the first", async () => {
    await openReplay();
    const runs = page.getByRole("button", { name: /^Code at .*ran the code \(JavaScript\): finished/ });
    await expect(runs.count()).resolves.toBe(2);
    await expect.poll(() => codeOnScreen(page)).toBe(SECOND);
    await runs.first().click();
    await expect.poll(() => codeOnScreen(page)).toBe(FIRST);
  });

  it("shows the board beside the code when the viewer asks for both", async () => {
    await page
      .getByRole("group", { name: "What the replay shows" })
      .getByRole("button", { name: "Both" })
      .click();
    await expect.poll(() => page.getByTestId("board-surface").isVisible()).toBe(true);
    expect(await replayCode(page).isVisible()).toBe(true);
    const folder = process.env.E2E_SCREENSHOTS;
    if (folder) await page.screenshot({ path: `${folder}/replay-code-1440.png` });
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });
});
