import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { testDb } from "./support/db";

// Every interview starts on an empty board, so the first label typed there is the one every
// new user meets. Typed at human speed (130 ms a key) in a fresh profile, on a machine as
// busy as one running a video call (the CPU slowed sixfold): that is where the caret used to
// jump to the start of the label while the hand-drawn font arrived ("rAd equest").
const KEY_DELAY_MS = 130;
const BUSY_MACHINE = 6;

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** The candidate of a new session in a fresh profile (no font, no script cached), CPU slowed. */
async function freshBoard(): Promise<Page> {
  const db = testDb();
  const [interviewer, candidate] = await Promise.all([seedUser(db), seedUser(db)]);
  const session = await seedSession(db, { interviewerId: interviewer.id, candidateId: candidate.id });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, candidate);
  await page.goto(`${inject("baseUrl")}/sessions/${session.id}`);
  await page.locator('[data-testid="board-canvas"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.locator(".tl-canvas").waitFor();
  await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: BUSY_MACHINE });
  return page;
}

async function canvasBox(page: Page) {
  const box = await page.locator(".tl-canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  return box;
}

/** Draws a box with the rectangle tool and types its label, as a person does: Enter, then the words. */
async function labelledBox(page: Page, at: { x: number; y: number }, width: number, label: string) {
  const box = await canvasBox(page);
  await page.keyboard.press("r");
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.mouse.down();
  await page.mouse.move(box.x + at.x + width, box.y + at.y + 60, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.press("Enter");
  await page.keyboard.type(label, { delay: KEY_DELAY_MS });
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
}

/** The words of the board's labels that the browser drew across more than one line. */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const label of Array.from(document.querySelectorAll(".tl-shape .tl-rich-text"))) {
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? "").matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

const labels = (page: Page) =>
  page
    .locator(".tl-shape .tl-rich-text")
    .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? "").trim()).filter(Boolean));

describe("the first labels on an empty board", () => {
  it("a box's label reads as typed at human speed on a busy machine", async () => {
    const page = await freshBoard();
    await labelledBox(page, { x: 200, y: 200 }, 160, "Ad request");
    await expect.poll(() => labels(page), { timeout: 15_000 }).toEqual(["Ad request"]);
  });

  it("a text typed with the text tool reads as typed", async () => {
    const page = await freshBoard();
    const box = await canvasBox(page);
    await page.keyboard.press("t");
    await page.mouse.click(box.x + 300, box.y + 300);
    await page.keyboard.type("Online store", { delay: KEY_DELAY_MS });
    await page.keyboard.press("Escape");
    await expect.poll(() => labels(page), { timeout: 15_000 }).toEqual(["Online store"]);
  });

  it("a narrow box widens to its longest word instead of breaking it", async () => {
    const page = await freshBoard();
    await labelledBox(page, { x: 200, y: 150 }, 50, "Candidate generation");
    await expect.poll(() => labels(page), { timeout: 15_000 }).toEqual(["Candidate generation"]);
    expect(await brokenWords(page)).toEqual([]);
  });
});
