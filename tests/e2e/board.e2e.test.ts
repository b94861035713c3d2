import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { drawRectangle } from "./support/board";
import { launchBrowser, signIn } from "./support/browser";
import { type CohortCast, seedCohortCast } from "./support/db";
import { joinByInvite } from "./support/invite";

let browser: Browser;
const contexts: BrowserContext[] = [];
let interviewer: Page;
let candidate: Page;
let sessionUrl: string;
// The owner interviews, the member is the candidate, the coach observes.
let cast: CohortCast;
const INTERVIEWER = { name: "Priya Raman" };
const CANDIDATE = { name: "Sam Carter" };

async function openAs(user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

async function waitForLiveBoard(page: Page) {
  await page.locator('[data-testid="board-canvas"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.locator('[data-status="live"]').waitFor({ timeout: 30_000 });
  await page.locator(".tl-canvas").waitFor({ state: "attached" });
}

const shapeCount = (page: Page) => page.locator(".tl-shape").count();

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

beforeAll(async () => {
  cast = await seedCohortCast({ owner: INTERVIEWER.name, member: CANDIDATE.name });
  browser = await launchBrowser();
  interviewer = await openAs(cast.owner);
  await interviewer.goto(`${inject("baseUrl")}/prompts/ml-infra-feature-store`);
  await interviewer.selectOption('select[name="cohortId"]', { label: cast.cohort.name });
  await Promise.all([
    interviewer.waitForURL(/\/sessions\/[A-Za-z0-9_-]+$/),
    interviewer.getByRole("button", { name: "Start a session with this prompt" }).click(),
  ]);
  sessionUrl = interviewer.url();
  await interviewer.waitForLoadState("networkidle");
  const invite = await interviewer.locator("#invite-url").inputValue();

  candidate = await openAs(cast.member);
  await joinByInvite(candidate, invite);
  expect(candidate.url()).toBe(sessionUrl);
  await Promise.all([waitForLiveBoard(interviewer), waitForLiveBoard(candidate)]);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("the live board in two browsers", () => {
  it("shows a rectangle drawn by the interviewer on the candidate's board", async () => {
    const before = await shapeCount(candidate);
    await drawRectangle(interviewer, 0);
    await eventually(
      async () => (await shapeCount(interviewer)) === before + 1,
      "the interviewer sees the rectangle",
    );
    await eventually(
      async () => (await shapeCount(candidate)) === before + 1,
      "the candidate sees the rectangle",
    );
  });

  it("carries the candidate's drawing back to the interviewer", async () => {
    const before = await shapeCount(interviewer);
    await drawRectangle(candidate, 160);
    await eventually(async () => (await shapeCount(interviewer)) === before + 1, "the interviewer sees it");
  });

  it("shows each person's name and live cursor to the other", async () => {
    await expect(candidate.getByTestId("peer").filter({ hasText: INTERVIEWER.name }).count()).resolves.toBe(
      1,
    );
    await expect(interviewer.getByTestId("peer").filter({ hasText: CANDIDATE.name }).count()).resolves.toBe(
      1,
    );
    const canvas = await interviewer.getByTestId("board-canvas").boundingBox();
    if (!canvas) throw new Error("no canvas");
    await interviewer.mouse.move(canvas.x + 400, canvas.y + 300, { steps: 5 });
    await eventually(
      async () => (await candidate.locator(".tl-collaborator__cursor").count()) > 0,
      "a cursor shows",
    );
  });

  it("keeps the board when the candidate reloads", async () => {
    const count = await shapeCount(interviewer);
    await candidate.reload();
    await waitForLiveBoard(candidate);
    await eventually(
      async () => (await shapeCount(candidate)) === count,
      "the reloaded board has every shape",
    );
  });

  it("keeps edits made offline and syncs them when the connection returns", async () => {
    const before = await shapeCount(interviewer);
    await candidate.context().setOffline(true);
    await candidate.locator('[data-status="offline"]').waitFor({ timeout: 15_000 });
    await drawRectangle(candidate, 240);
    expect(await shapeCount(candidate)).toBe(before + 1);
    expect(await shapeCount(interviewer)).toBe(before);
    await candidate.context().setOffline(false);
    await candidate.locator('[data-status="live"]').waitFor({ timeout: 20_000 });
    await eventually(async () => (await shapeCount(interviewer)) === before + 1, "the offline edit arrives");
    // Presence comes back with the connection, not only at the next heartbeat.
    await eventually(
      async () => (await candidate.getByTestId("peer").filter({ hasText: INTERVIEWER.name }).count()) === 1,
      "the interviewer shows again among the people on the board",
      3000,
    );
  });

  it("keeps edits made offline when the tab is closed, and syncs them when the room is opened again", async () => {
    const before = await shapeCount(interviewer);
    const context = candidate.context();
    await context.setOffline(true);
    await candidate.locator('[data-status="offline"]').waitFor({ timeout: 15_000 });
    await drawRectangle(candidate, 320);
    expect(await shapeCount(candidate)).toBe(before + 1);
    // Give IndexedDB its write, then close the tab while still offline.
    await candidate.waitForTimeout(500);
    await candidate.close();
    await context.setOffline(false);
    expect(await shapeCount(interviewer)).toBe(before);
    candidate = await context.newPage();
    await candidate.goto(sessionUrl);
    await waitForLiveBoard(candidate);
    await eventually(
      async () => (await shapeCount(interviewer)) === before + 1,
      "the edit from the closed tab arrives",
    );
    expect(await shapeCount(candidate)).toBe(before + 1);
  });

  it("lets the candidate follow the interviewer's viewport", async () => {
    const follow = candidate.getByTestId("peer").filter({ hasText: INTERVIEWER.name }).getByRole("button");
    await follow.click();
    await expect(follow.getAttribute("aria-pressed")).resolves.toBe("true");
    const canvas = await interviewer.getByTestId("board-canvas").boundingBox();
    if (!canvas) throw new Error("no canvas");
    // The interviewer scrolls the board; the follower's camera (the shapes layer's
    // transform) moves with them.
    const camera = (page: Page) => page.locator(".tl-shapes").first().getAttribute("style");
    const start = await camera(candidate);
    await interviewer.mouse.move(canvas.x + 300, canvas.y + 300);
    for (let step = 0; step < 5; step++) await interviewer.mouse.wheel(120, 0);
    await eventually(async () => (await camera(candidate)) !== start, "the follower's view moves");
    await follow.click();
    await expect(follow.getAttribute("aria-pressed")).resolves.toBe("false");
  });

  it("undoes only your own edits, never the other person's", async () => {
    const before = await shapeCount(interviewer);
    await drawRectangle(candidate, 60);
    await eventually(
      async () => (await shapeCount(interviewer)) === before + 1,
      "the interviewer sees the candidate's shape",
    );
    await drawRectangle(interviewer, 100);
    await eventually(
      async () => (await shapeCount(candidate)) === before + 2,
      "the candidate sees the interviewer's shape",
    );
    // The interviewer's shape is the newest change on the board, but the candidate's
    // undo reverts the candidate's own last edit.
    await candidate.getByTestId("quick-actions.undo").click();
    await eventually(
      async () => (await shapeCount(interviewer)) === before + 1,
      "the candidate's shape is undone",
    );
    await interviewer.getByTestId("quick-actions.undo").click();
    await eventually(
      async () => (await shapeCount(candidate)) === before,
      "the interviewer's undo removes theirs",
    );
  });

  it("lets a cohort coach watch but not draw", async () => {
    const coach = await openAs(cast.coach);
    await coach.goto(sessionUrl);
    await waitForLiveBoard(coach);
    await expect(coach.getByText("View only").count()).resolves.toBe(1);
    await coach.getByRole("tab", { name: "Guide" }).click();
    await expect(coach.getByTestId("interviewer-guide").count()).resolves.toBe(1);
    const before = await shapeCount(interviewer);
    await eventually(async () => (await shapeCount(coach)) === before, "the coach sees the board");
    await drawRectangle(coach, 320);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await shapeCount(coach)).toBe(before);
    expect(await shapeCount(interviewer)).toBe(before);
  });

  it("turns a pasted video link into a bookmark titled with the link, with no embedded frame and no error", async () => {
    const shapes = (type: string) => interviewer.locator(`.tl-shape[data-shape-type="${type}"]`).count();
    const bookmarks = await shapes("bookmark");
    const canvas = await interviewer.getByTestId("board-canvas").boundingBox();
    if (!canvas) throw new Error("no canvas");
    await interviewer.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height - 150);
    await interviewer.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
      document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    });
    await eventually(async () => (await shapes("bookmark")) === bookmarks + 1, "the link is a bookmark");
    expect(await shapes("embed")).toBe(0);
    await expect(interviewer.locator(".tl-canvas iframe").count()).resolves.toBe(0);
    // No preview is fetched from the viewer's browser, so no "Couldn't load URL preview".
    await expect(
      interviewer
        .locator(".tl-bookmark__heading", { hasText: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" })
        .count(),
    ).resolves.toBe(1);
    await expect(interviewer.getByText(/Couldn.t load URL preview/).count()).resolves.toBe(0);

    await interviewer.getByTestId("main-menu.button").click();
    await interviewer.getByTestId("main-menu.insert-media").waitFor();
    await expect(interviewer.getByTestId("main-menu.insert-embed").count()).resolves.toBe(0);
    await interviewer.keyboard.press("Escape");
  });

  it("never sends the interviewer guide to the candidate", async () => {
    await expect(candidate.getByRole("tab", { name: "Guide" }).count()).resolves.toBe(0);
    await expect(candidate.getByTestId("interviewer-guide").count()).resolves.toBe(0);
    await interviewer.getByRole("tab", { name: "Guide" }).click();
    await expect(interviewer.getByTestId("interviewer-guide").count()).resolves.toBe(1);
    const html = await (await fetch(sessionUrl, { headers: { cookie: "" } })).text();
    expect(html).not.toContain("Interviewer only");
  });
});
