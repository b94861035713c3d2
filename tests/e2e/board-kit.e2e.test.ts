// The board kit (#24): system-design components from the palette or "/", synced, connected,
// kept through a reload and a collab server restart, and usable by touch at 390 px. This file
// runs its own collab server (and a web server pointing at it) so it can restart it.
import { join, resolve } from "node:path";
import { readStoredRecords } from "@mockboard/board";
import { COMPONENT_SHAPE_TYPE, createBoardSchema } from "@mockboard/board/schema";
import { createBoardLog } from "@mockboard/db/board-log";
import { seedSession, seedUser } from "@mockboard/db/testing/factories";
import { freePort } from "@mockboard/devkit/ports";
import { type Service, startService, waitForHttp } from "@mockboard/devkit/processes";
import { startWebServer } from "@mockboard/devkit/web-server";
import { boardDocIdForSession } from "@mockboard/protocol";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { launchBrowser } from "./support/browser";
import { testDb } from "./support/db";
import { horizontalOverflow, PHONE, runAxe, seriousViolations } from "./support/layout";

const root = resolve(import.meta.dirname, "../..");
const quiet = process.env.E2E_LOGS !== "1";
let collab: Service | undefined;
let web: Service | undefined;
let collabPort: number;
let baseUrl: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
let interviewer: Page;
let candidate: Page;
let sessionPath: string;
let docId: string;
const people = { interviewer: { email: "", password: "" }, candidate: { email: "", password: "" } };

function startCollab(env: Record<string, string>): Service {
  return startService("collab-kit", process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: join(root, "apps/collab"),
    env: { ...env, COLLAB_PORT: String(collabPort), LOG_LEVEL: "warn" },
    quiet,
  });
}

let collabEnv: Record<string, string>;

async function restartCollab() {
  await collab?.stop();
  collab = startCollab(collabEnv);
  await waitForHttp(`http://127.0.0.1:${collabPort}/health`, 30_000, () => collab?.child.exitCode === null);
}

async function openRoom(
  user: { email: string; password: string },
  options: { viewport?: { width: number; height: number }; touch?: boolean } = {},
) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/signin`);
  await page.fill("#email", user.email);
  await page.fill("#password", user.password);
  await Promise.all([page.waitForURL("**/dashboard"), page.click("button[type=submit]")]);
  await page.goto(`${baseUrl}${sessionPath}`);
  await waitForLiveBoard(page);
  return page;
}

async function waitForLiveBoard(page: Page) {
  await page.locator('[data-testid="board-canvas"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.locator('[data-status="live"]').waitFor({ timeout: 30_000 });
  await page.locator(".tl-canvas").waitFor({ state: "attached" });
}

const components = (page: Page) => page.locator(`.tl-shape[data-shape-type="${COMPONENT_SHAPE_TYPE}"]`);
const labels = async (page: Page) =>
  (await components(page).allInnerTexts()).map((text) => text.trim()).sort();

/** The board as the collab server stored it: its log in Postgres, merged. */
async function storedBoard() {
  const log = createBoardLog(inject("databaseUrl"));
  try {
    const stored = await log.loadDoc(docId);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update.bytes);
    return Object.values(readStoredRecords(doc));
  } finally {
    await log.close();
  }
}

/** Presses a palette tile and drags it with the mouse to a point of the board. */
async function dragTile(page: Page, kind: string, to: { x: number; y: number }) {
  const tile = await page.locator(`[data-kit-entry="${kind}"]`).boundingBox();
  if (!tile) throw new Error(`no tile for ${kind}`);
  await page.mouse.move(tile.x + tile.width / 2, tile.y + tile.height / 2);
  await page.mouse.down();
  await page.mouse.move(tile.x + tile.width / 2 + 20, tile.y + tile.height / 2, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

async function canvasPoint(page: Page, dx: number, dy: number) {
  const canvas = await page.getByTestId("board-canvas").boundingBox();
  if (!canvas) throw new Error("no canvas");
  return { x: canvas.x + dx, y: canvas.y + dy };
}

/** With E2E_SCREENSHOTS=<dir>, keeps pictures of the kit (for review). */
async function picture(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

beforeAll(async () => {
  const env = inject("webEnv");
  collabPort = await freePort();
  collabEnv = {
    BOARD_TOKEN_SECRET: env.BOARD_TOKEN_SECRET ?? "",
    DATABASE_URL: inject("databaseUrl"),
    COLLAB_METRICS_PORT: String(await freePort()),
  };
  collab = startCollab(collabEnv);
  await waitForHttp(`http://127.0.0.1:${collabPort}/health`, 30_000, () => collab?.child.exitCode === null);
  const webPort = await freePort();
  baseUrl = `http://127.0.0.1:${webPort}`;
  web = startWebServer(root, webPort, {
    env: { ...env, NEXTAUTH_URL: baseUrl, COLLAB_PUBLIC_URL: `ws://127.0.0.1:${collabPort}` },
    quiet,
  });
  await waitForHttp(`${baseUrl}/api/health`, 60_000, () => web?.child.exitCode === null);

  const db = testDb();
  const [a, b] = await Promise.all([
    seedUser(db, { name: "Priya Raman" }),
    seedUser(db, { name: "Sam Carter" }),
  ]);
  people.interviewer = a;
  people.candidate = b;
  const session = await seedSession(db, { interviewerId: a.id, candidateId: b.id, status: "LIVE" });
  sessionPath = `/sessions/${session.id}`;
  docId = boardDocIdForSession(session.id);
  browser = await launchBrowser();
  interviewer = await openRoom(a);
  candidate = await openRoom(b);
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await web?.stop();
  await collab?.stop();
});

describe("the board kit in two browsers", () => {
  it("shows a component dragged from the palette on the other person's board, with its label", async () => {
    await interviewer.getByRole("region", { name: "Board kit" }).waitFor();
    await dragTile(interviewer, "load-balancer", await canvasPoint(interviewer, 260, 220));
    await expect.poll(() => labels(interviewer)).toEqual(["Load balancer"]);
    await expect.poll(() => labels(candidate), { timeout: 15_000 }).toEqual(["Load balancer"]);
    await picture(interviewer, "kit-1440-dropped");
  });

  it("connects two components with an arrow bound to both", async () => {
    await dragTile(interviewer, "service", await canvasPoint(interviewer, 620, 220));
    await expect.poll(() => labels(candidate), { timeout: 15_000 }).toEqual(["Load balancer", "Service"]);
    const from = await components(interviewer).filter({ hasText: "Load balancer" }).boundingBox();
    const to = await components(interviewer).filter({ hasText: "Service" }).boundingBox();
    if (!from || !to) throw new Error("components not drawn");
    await interviewer.keyboard.press("Escape");
    await interviewer.keyboard.press("a");
    await interviewer.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await interviewer.mouse.down();
    await interviewer.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await interviewer.mouse.up();
    await expect
      .poll(() => candidate.locator('.tl-shape[data-shape-type="arrow"]').count(), { timeout: 15_000 })
      .toBe(1);

    // What the server stored: the arrow bound at both ends to the two components.
    await expect
      .poll(
        async () => {
          const records = await storedBoard();
          const byId = new Map<string, unknown>(records.map((record) => [record.id, record]));
          return records
            .filter((record) => record.typeName === "binding")
            .map((binding) => {
              const target = byId.get((binding as { toId: string }).toId) as { props?: { kind?: string } };
              return target?.props?.kind;
            })
            .sort();
        },
        { timeout: 15_000 },
      )
      .toEqual(["load-balancer", "service"]);
  });

  it("adds a component by name from the keyboard: '/', a few letters, Enter, and Enter again to rename it", async () => {
    const canvas = await canvasPoint(interviewer, 900, 500);
    await interviewer.mouse.click(canvas.x, canvas.y);
    await interviewer.keyboard.press("Escape");
    await interviewer.keyboard.press("/");
    const dialog = interviewer.getByRole("dialog", { name: "Add to the board" });
    await dialog.waitFor();
    await interviewer.keyboard.type("redis");
    await expect.poll(() => dialog.getByRole("option", { selected: true }).innerText()).toContain("Cache");
    await interviewer.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => labels(interviewer)).toContain("Cache");
    // The new component is selected: Enter edits its label. Keys go to the label once its
    // editor has focus; the caret then goes to the end (TipTap, then tldraw once more), so
    // the old name is erased from the end rather than selected (a later caret move would undo
    // a selection).
    await interviewer.keyboard.press("Enter");
    await interviewer.locator('.tl-shape [contenteditable="true"]:focus').waitFor();
    await interviewer.keyboard.press("End");
    for (const _ of "Cache") await interviewer.keyboard.press("Backspace");
    await interviewer.keyboard.type("Session cache");
    await interviewer.keyboard.press("Escape");
    await expect
      .poll(() => labels(candidate), { timeout: 15_000 })
      .toEqual(["Load balancer", "Service", "Session cache"]);
  });

  it("adds from the palette with the keyboard alone", async () => {
    const search = interviewer.getByRole("searchbox", { name: "Find a component or template" });
    await search.fill("kafka");
    await search.press("Enter");
    await expect.poll(() => labels(candidate), { timeout: 15_000 }).toContain("Stream");
    await search.fill("");
    await interviewer.locator('[data-kit-entry="capacity-estimate"]').focus();
    await interviewer.keyboard.press("Enter");
    await expect
      .poll(() => candidate.locator('.tl-shape[data-shape-type="frame"]').count(), { timeout: 15_000 })
      .toBe(1);
    await expect.poll(() => candidate.getByText("Requests / s (avg, peak)").count()).toBe(1);
    for (const template of ["api-sketch", "data-model"]) {
      await interviewer.locator(`[data-kit-entry="${template}"]`).focus();
      await interviewer.keyboard.press("Enter");
    }
    await expect
      .poll(() => candidate.locator('.tl-shape[data-shape-type="frame"]').count(), { timeout: 15_000 })
      .toBe(3);
  });

  it("keeps every component, its label and the arrow when the candidate reloads", async () => {
    const before = await labels(interviewer);
    await candidate.reload();
    await waitForLiveBoard(candidate);
    await expect.poll(() => labels(candidate), { timeout: 15_000 }).toEqual(before);
    expect(await candidate.locator('.tl-shape[data-shape-type="arrow"]').count()).toBe(1);
  });

  it("keeps the board through a collab server restart, and syncs again after it", async () => {
    const before = await labels(interviewer);
    await restartCollab();
    await Promise.all([waitForLiveBoard(interviewer), waitForLiveBoard(candidate)]);
    await dragTile(candidate, "sql-database", await canvasPoint(candidate, 620, 520));
    await expect
      .poll(() => labels(interviewer), { timeout: 15_000 })
      .toEqual([...before, "SQL database"].sort());
    await interviewer.reload();
    await waitForLiveBoard(interviewer);
    await expect
      .poll(() => labels(interviewer), { timeout: 15_000 })
      .toEqual([...before, "SQL database"].sort());
  });

  it("stores only records the board's schema accepts", async () => {
    const schema = createBoardSchema();
    const records = await storedBoard();
    expect(records.filter((record) => record.typeName === "shape").length).toBeGreaterThan(5);
    for (const record of records)
      expect(() => schema.validateRecord(null as never, record, "initialize", null)).not.toThrow();
  });

  it("has no serious accessibility problem in the palette and the insert dialog", async () => {
    expect(seriousViolations(await runAxe(interviewer))).toEqual([]);
    const empty = await canvasPoint(interviewer, 700, 650);
    await interviewer.mouse.click(empty.x, empty.y);
    await interviewer.keyboard.press("/");
    await interviewer.getByRole("dialog", { name: "Add to the board" }).waitFor();
    await picture(interviewer, "kit-1440-insert-dialog");
    expect(seriousViolations(await runAxe(interviewer))).toEqual([]);
    await interviewer.keyboard.press("Escape");
  });
});

describe("the board kit on a phone", () => {
  let phone: Page;

  beforeAll(async () => {
    phone = await openRoom(people.candidate, { viewport: PHONE, touch: true });
  }, 60_000);

  it("opens the palette as a strip under the board, without scrolling the page sideways", async () => {
    expect(await phone.getByRole("region", { name: "Board kit" }).count()).toBe(0);
    await phone.getByRole("button", { name: "Components" }).tap();
    await phone.getByRole("region", { name: "Board kit" }).waitFor();
    const strip = await phone.getByRole("region", { name: "Board kit" }).boundingBox();
    const canvas = await phone.getByTestId("board-canvas").boundingBox();
    if (!strip || !canvas) throw new Error("not laid out");
    expect(strip.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    expect(canvas.height).toBeGreaterThan(250);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    expect(seriousViolations(await runAxe(phone))).toEqual([]);
    await picture(phone, "kit-390-palette");
  });

  it("adds a component with a tap, and another by dragging it up onto the board with a finger", async () => {
    if (!(await phone.getByRole("region", { name: "Board kit" }).count()))
      await phone.getByRole("button", { name: "Components" }).tap();
    const before = (await labels(phone)).length;
    await phone.locator('[data-kit-entry="queue"]').tap();
    await expect.poll(async () => (await labels(phone)).length).toBe(before + 1);

    await phone.locator('[data-kit-entry="worker"]').scrollIntoViewIfNeeded();
    const tile = await phone.locator('[data-kit-entry="worker"]').boundingBox();
    const canvas = await phone.getByTestId("board-canvas").boundingBox();
    if (!tile || !canvas) throw new Error("not laid out");
    const cdp = await phone.context().newCDPSession(phone);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y, id: 1 }],
      });
    const start = { x: tile.x + tile.width / 2, y: tile.y + tile.height / 2 };
    const end = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 3 };
    // Up first (sideways would scroll the strip), then across to where it goes.
    await touch("touchStart", start.x, start.y);
    for (let step = 1; step <= 4; step++) await touch("touchMove", start.x, start.y - step * 15);
    const lifted = { x: start.x, y: start.y - 60 };
    for (let step = 1; step <= 8; step++)
      await touch(
        "touchMove",
        lifted.x + ((end.x - lifted.x) * step) / 8,
        lifted.y + ((end.y - lifted.y) * step) / 8,
      );
    await touch("touchEnd", end.x, end.y);
    await expect.poll(() => labels(phone)).toContain("Worker");
    await expect
      .poll(() => labels(interviewer), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(["Queue", "Worker"]));
    await picture(phone, "kit-390-board");
  });
});

describe("the board kit after the interview", () => {
  it("replays the kit's components with their labels, and the arrow between them", async () => {
    const drawn = await labels(interviewer);
    const sessionId = sessionPath.split("/").at(-1);
    const status = await interviewer.evaluate(async (id) => {
      const response = await fetch(`/api/sessions/${id}/lifecycle`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action: "end" }),
      });
      return response.status;
    }, sessionId);
    expect(status).toBe(200);
    const replay = await interviewer.context().newPage();
    await replay.goto(`${baseUrl}${sessionPath}/replay`);
    const board = replay.getByTestId("replay-board");
    await board.locator(".tl-canvas").waitFor({ timeout: 30_000 });
    await expect
      .poll(
        async () =>
          (await board.locator(`.tl-shape[data-shape-type="${COMPONENT_SHAPE_TYPE}"]`).allInnerTexts())
            .map((text) => text.trim())
            .sort(),
        { timeout: 15_000 },
      )
      .toEqual(drawn);
    expect(await board.locator('.tl-shape[data-shape-type="arrow"]').count()).toBe(1);
    await replay.getByRole("button", { name: "Fit to content" }).click();
    // The fit is animated: the picture waits until the zoom reads the same twice running.
    let zoom = "";
    await expect
      .poll(async () => {
        const now = await replay.locator(".tlui-zoom-menu__button").innerText();
        const settled = now === zoom;
        zoom = now;
        return settled;
      })
      .toBe(true);
    await picture(replay, "kit-1440-replay");
  });
});
