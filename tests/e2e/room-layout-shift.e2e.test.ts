import { startSession } from "@mockboard/db";
import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";

// Issue #18.10: the room bench measured CLS 0.038 in a live room. Nothing on the first paint
// may move once the page hydrates: the video dock's camera check arrives in a place kept for it.
let browser: Browser;

beforeAll(async () => {
  // Someone with a camera and a microphone: the check finds them and says nothing more.
  browser = await launchBrowser({ fakeMedia: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Records every layout shift with the elements it moved, from before the page's first script. */
const SHIFT_PROBE = `window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__shifts.push({
      value: entry.value,
      moved: (entry.sources || []).map((source) => {
        const node = source.node;
        if (!node || node.nodeType !== 1) return String(node && node.nodeName);
        return node.tagName.toLowerCase() + "." + [...node.classList].join(".") +
          " " + Math.round(source.previousRect.y) + "->" + Math.round(source.currentRect.y);
      }),
    });
  }
}).observe({ type: "layout-shift", buffered: true });`;

describe("the room's first paint", () => {
  it("keeps its place while the page hydrates: the side panels do not move when the video dock arrives", async () => {
    const [interviewer, candidate] = await Promise.all([seedUser(testDb()), seedUser(testDb())]);
    const session = await seedSession(testDb(), { interviewerId: interviewer.id, candidateId: candidate.id });
    await startSession(testDb(), session.id, interviewer.id);
    const signingIn = await browser.newContext();
    await signIn(await signingIn.newPage(), interviewer);
    const context = await browser.newContext({
      storageState: await signingIn.storageState(),
      viewport: { width: 1440, height: 900 },
    });
    await signingIn.close();
    const page = await context.newPage();
    await page.addInitScript(SHIFT_PROBE);
    await page.goto(`${inject("baseUrl")}/sessions/${session.id}`);
    await page.locator(".tl-canvas").waitFor({ timeout: 30_000 });
    // The camera check is in place (its real controls, not the kept place) and the board is up.
    await page.getByTestId("video-join").waitFor();
    await page.locator('[data-testid="board-canvas"][data-ready="true"]').waitFor();
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts,
    );
    const panelMoves = shifts.flatMap((shift) => shift.moved).filter((moved) => moved.includes("panel-tabs"));
    expect(panelMoves).toEqual([]);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    await context.close();
  });
});
