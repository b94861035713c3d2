import { startSession } from "@mockboard/db";
import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";
import { PHONE } from "./support/layout";

// The candidate on a 390x844 phone: the header with the timer stays put, one finger on the
// board never scrolls the page, the brief, notes and video open as sheets over the board,
// and the rectangle tool is on the toolbar itself.
let browser: Browser;
let page: Page;

/** One finger dragged across the board, as the phone's touch screen sends it. */
async function swipe(from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const point = (x: number, y: number) => [{ x, y, id: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(from.x, from.y) });
  for (let step = 1; step <= 10; step++) {
    const x = from.x + ((to.x - from.x) * step) / 10;
    const y = from.y + ((to.y - from.y) * step) / 10;
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(x, y) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

const pageScroll = () => page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
const inView = async (selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  return Boolean(box && box.y >= 0 && box.y + box.height <= PHONE.height + 1 && box.height > 0);
};

beforeAll(async () => {
  const db = testDb();
  const [interviewer, candidate] = await Promise.all([seedUser(db), seedUser(db, { name: "Sam Carter" })]);
  const session = await seedSession(db, { interviewerId: interviewer.id, candidateId: candidate.id });
  await startSession(db, session.id, interviewer.id);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, candidate);
  await page.goto(`${inject("baseUrl")}/sessions/${session.id}`);
  await page.locator(".tl-canvas").waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("the room on a phone", () => {
  it("a one-finger swipe on the board stays in the board: the page does not scroll", async () => {
    const board = await page.getByTestId("board-canvas").boundingBox();
    if (!board) throw new Error("no board");
    const x = board.x + board.width / 2;
    await swipe({ x, y: board.y + board.height * 0.7 }, { x, y: board.y + board.height * 0.2 });
    expect(await pageScroll()).toBe(0);
  });

  it("the header with the timer stays in view, and the board fills the screen below it", async () => {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    expect(await inView(".timer-clock")).toBe(true);
    const board = await page.getByTestId("board-canvas").boundingBox();
    expect(board && board.height >= PHONE.height * 0.5).toBe(true);
    expect(board && board.y + board.height <= PHONE.height + 1).toBe(true);
  });

  it("the rectangle tool is on the toolbar, not in its overflow menu", async () => {
    expect(await page.locator('[data-testid="tools.rectangle"]').isVisible()).toBe(true);
  });

  it("the brief opens as a sheet over the board and closes back to it", async () => {
    await page.getByRole("tab", { name: "Brief" }).click();
    const panel = page.getByRole("tabpanel");
    await panel.waitFor();
    expect(await inView('[role="tabpanel"]')).toBe(true);
    await page.getByRole("button", { name: "Back to the board" }).click();
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await pageScroll()).toBe(0);
  });

  it("video opens as a sheet too", async () => {
    await page.getByRole("button", { name: "Video", exact: true }).click();
    expect(await inView('[data-testid="video-dock"]')).toBe(true);
    await page.getByRole("button", { name: "Back to the board" }).click();
    const picture = process.env.E2E_SCREENSHOTS;
    if (picture) await page.screenshot({ path: `${picture}/phone-room-390.png` });
  });
});
