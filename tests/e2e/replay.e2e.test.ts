import { seedSession } from "@mockboard/db/testing/factories";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { drawRectangle } from "./support/board";
import { launchBrowser, signIn } from "./support/browser";
import { type CohortCast, seedCohortCast, testDb } from "./support/db";
import { signedInFetch } from "./support/http-session";
import { runAxe, seriousViolations, VIEWPORTS } from "./support/layout";

// A finished interview watched in Chromium: two rectangles drawn in the room a few seconds
// apart with a note between them, then the replay played, paused, scrubbed, jumped to a
// note and an evidence item, opened from a moment link, scored from, and exported.

let browser: Browser;
let cast: CohortCast;
let sessionId: string;
let interviewerApi: Awaited<ReturnType<typeof signedInFetch>>;
let page: Page;
/** Session times (ms) of the first note (between the two rectangles) and the second (after both). */
let betweenMs: number;
let afterMs: number;

const base = () => inject("baseUrl");
const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "content-type": "application/json", origin: base() },
  body: JSON.stringify(body),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function writeNote(id: string, text: string): Promise<number> {
  const response = await interviewerApi(`/api/sessions/${sessionId}/notes/${id}`, jsonInit("PUT", { text }));
  expect(response.status).toBe(200);
  return ((await response.json()) as { offsetMs: number }).offsetMs;
}

const shapes = (on: Page) => on.locator('[data-testid="replay-board"] .tl-shape').count();
const clock = (on: Page) => on.getByTestId("replay-clock").innerText();

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting until ${what}`);
}

async function openReplay(on: Page, query = "") {
  await on.goto(`${base()}/sessions/${sessionId}/replay${query}`);
  await on.locator('[data-testid="replay-board"] .tl-canvas').waitFor({ timeout: 30_000 });
  await eventually(
    async () => (await on.getByTestId("replay-board").getAttribute("data-seq")) !== "",
    "the board shows",
  );
}

beforeAll(async () => {
  cast = await seedCohortCast({ owner: "Priya Raman", member: "Sam Carter" });
  const session = await seedSession(testDb(), {
    interviewerId: cast.owner.id,
    candidateId: cast.member.id,
    cohortId: cast.cohort.id,
  });
  sessionId = session.id;
  interviewerApi = await signedInFetch(cast.owner);
  expect(
    (await interviewerApi(`/api/sessions/${sessionId}/lifecycle`, jsonInit("POST", { action: "start" })))
      .status,
  ).toBe(200);

  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const room = await context.newPage();
  await signIn(room, cast.owner);
  await room.goto(`${base()}/sessions/${sessionId}`);
  await room.locator('[data-testid="board-canvas"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await room.locator(".tl-canvas").waitFor({ state: "attached" });
  await sleep(1_500);
  await drawRectangle(room, 0);
  await eventually(
    async () => (await room.locator(".tl-shape").count()) === 1,
    "the first rectangle is drawn",
  );
  await sleep(2_500);
  betweenMs = await writeNote("replay-note-between-01", "Clarified the read path first");
  await sleep(2_500);
  await drawRectangle(room, 200);
  await eventually(
    async () => (await room.locator(".tl-shape").count()) === 2,
    "the second rectangle is drawn",
  );
  await sleep(2_500);
  afterMs = await writeNote("replay-note-after-0001", "Both stores on the board");
  // Evidence pointing at the moment between the rectangles.
  const scorecard = await (await interviewerApi(`/api/sessions/${sessionId}/scorecard`)).json();
  const dimension = scorecard.rubric.dimensions[0].key as string;
  const saved = await interviewerApi(
    `/api/sessions/${sessionId}/scorecard`,
    jsonInit("PUT", {
      levels: {},
      evidence: { [dimension]: [{ text: "Named the online store", atMs: betweenMs + 500 }] },
      recommendation: null,
      summary: "",
    }),
  );
  expect(saved.status).toBe(200);
  await sleep(1_000);
  expect(
    (await interviewerApi(`/api/sessions/${sessionId}/lifecycle`, jsonInit("POST", { action: "end" })))
      .status,
  ).toBe(200);
  await room.close();
  page = await context.newPage();
}, 180_000);

afterAll(() => browser?.close());

describe("the replay page in Chromium", () => {
  it("opens on the final board with the timeline, notes and evidence beside it", async () => {
    await openReplay(page);
    expect(await shapes(page)).toBe(2);
    await expect(page.getByTestId("replay-notes").innerText()).resolves.toContain(
      "Clarified the read path first",
    );
    await expect(page.getByTestId("replay-evidence").innerText()).resolves.toContain(
      "Named the online store",
    );
  });

  it("clicking a note and an evidence item moves the playhead and the board", async () => {
    await page.getByTestId("replay-notes").getByRole("button").first().click();
    await eventually(async () => (await shapes(page)) === 1, "the board shows one rectangle at the note");
    const seconds = Math.floor(betweenMs / 1000);
    expect(await clock(page)).toMatch(new RegExp(`^0:${String(seconds).padStart(2, "0")} /`));
    await page.getByTestId("replay-notes").getByRole("button").nth(1).click();
    await eventually(async () => (await shapes(page)) === 2, "the board shows both rectangles after them");
    await page.getByTestId("replay-evidence").getByRole("button").first().click();
    await eventually(async () => (await shapes(page)) === 1, "the board shows one rectangle at the evidence");
  });

  it("plays, pauses and scrubs, and the board changes with the playhead", async () => {
    await page.getByRole("slider", { name: "Playhead" }).fill("0");
    await eventually(async () => (await shapes(page)) === 0, "the board is empty at the start");
    await page.getByRole("button", { name: "8x" }).click();
    await page.getByRole("button", { name: "Play" }).click();
    await eventually(async () => (await shapes(page)) === 2, "playing draws both rectangles", 20_000);
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = await clock(page);
    await sleep(600);
    expect(await clock(page)).toBe(paused);
    // The keyboard: left arrow goes back 5 seconds.
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("ArrowLeft");
    await eventually(async () => (await clock(page)) !== paused, "the left arrow moves the playhead");
  });

  it("a moment link opens the replay at that moment", async () => {
    const seconds = Math.floor((betweenMs + 300) / 1000);
    await openReplay(page, `?t=${seconds}s`);
    expect(await clock(page)).toMatch(new RegExp(`^0:${String(seconds).padStart(2, "0")} /`));
    await eventually(async () => (await shapes(page)) === 1, "the board at the linked moment");
  });

  it("adds evidence at the playhead with the e key", async () => {
    // A whole second between the two notes.
    const seconds = Math.ceil(betweenMs / 1000) + 1;
    await openReplay(page, `?t=${seconds}s`);
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("e");
    await page.getByLabel("What happened").fill("Drew the first store before explaining it");
    await page.getByRole("button", { name: "Save evidence" }).click();
    await eventually(
      async () => (await page.getByTestId("replay-evidence").innerText()).includes("Drew the first store"),
      "the new evidence is listed",
    );
    const card = await (await interviewerApi(`/api/sessions/${sessionId}/scorecard`)).json();
    const items = Object.values(
      card.draft.evidence as Record<string, { text: string; atMs?: number }[]>,
    ).flat();
    const added = items.find((item) => item.text.startsWith("Drew the first store"));
    expect(added?.atMs).toBe(seconds * 1000);
    expect(seconds * 1000).toBeLessThan(afterMs);
  });

  it("exports the board as a PNG that is a real, non-blank image", async () => {
    await openReplay(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export PNG" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const path = await download.path();
    const bytes = await import("node:fs/promises").then((fs) => fs.readFile(path));
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    const distinctColours = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4)
        colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
      return colours.size;
    }, bytes.toString("base64"));
    expect(distinctColours).toBeGreaterThan(2);
  });

  it("the Markdown report holds the scores and the evidence with moment links", async () => {
    const response = await interviewerApi(`/api/sessions/${sessionId}/replay/report`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/markdown");
    const markdown = await response.text();
    expect(markdown).toContain("## Scores");
    expect(markdown).toContain("Named the online store");
    expect(markdown).toMatch(/\/sessions\/[^/]+\/replay\?t=\d+s\)/);
  });

  it("the printable report shows the final board", async () => {
    await page.goto(`${base()}/sessions/${sessionId}/replay/report`);
    await page
      .locator('[data-testid="report-board"][data-ready="true"] .tl-canvas')
      .waitFor({ timeout: 30_000 });
    await eventually(
      async () => (await page.locator('[data-testid="report-board"] .tl-shape').count()) === 2,
      "both rectangles",
    );
    await expect(page.locator("h2", { hasText: "Scores" }).count()).resolves.toBe(1);
  });

  it.each(VIEWPORTS)(
    "passes axe with no serious or critical violation at $width x $height",
    async (viewport) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await openReplay(page);
      expect(seriousViolations(await runAxe(page))).toEqual([]);
      await page.screenshot({ path: `/tmp/replay-${viewport.width}x${viewport.height}.png` });
    },
  );
});
