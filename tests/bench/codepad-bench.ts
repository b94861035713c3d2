// Code pad benchmark (issue #25), in Chromium against the real stack (embedded Postgres,
// collab server, production web build): keystroke-to-remote-render latency in the code pad
// beside a board shape's propagation, the JavaScript a board-only room and a code room
// download, and the time to a first Python and JavaScript run (cold and warm). Run after
// building the web app:
//   turbo run build --filter=@mockboard/web && tsx tests/bench/codepad-bench.ts [--keys 200 --shapes 30]
// See tests/bench/README.md.
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { replaceCode, runAndWait, typingLatencies, watchRemoteTyping } from "../e2e/support/code-pad";
import { startStack } from "../e2e/support/stack";

const { values: flags } = parseArgs({
  options: {
    keys: { type: "string", default: "200" },
    shapes: { type: "string", default: "30" },
    runs: { type: "string", default: "3" },
    logs: { type: "boolean", default: false },
  },
});
const KEYS = Number(flags.keys);
const SHAPES = Number(flags.shapes);
const RUNS = Number(flags.runs);
for (const [name, value, max] of [
  ["--keys", KEYS, 2000],
  ["--shapes", SHAPES, 200],
  ["--runs", RUNS, 10],
] as const)
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`${name} must be in 1..${max}`);
const VIEWPORT = { width: 1440, height: 900 };
const root = resolve(import.meta.dirname, "../..");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const summary = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (n=${values.length})`;

async function signedInContext(browser: Browser, baseUrl: string, user: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/signin`);
  await page.fill("#email", user.email);
  await page.fill("#password", user.password);
  await Promise.all([page.waitForURL("**/dashboard"), page.click("button[type=submit]")]);
  await page.close();
  return context;
}

/** Opens the room and counts the JavaScript bytes that arrive (encoded, as on the wire). */
async function openRoom(context: BrowserContext, url: string, ready: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  let jsBytes = 0;
  page.on("requestfinished", (request) => {
    if (!request.url().endsWith(".js")) return;
    void request
      .sizes()
      .then((sizes) => {
        jsBytes += sizes.responseBodySize;
      })
      .catch(() => undefined);
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState("networkidle");
  return { page, jsKB: () => jsBytes / 1024 };
}

const padReady = (page: Page) =>
  page.getByTestId("code-editor").locator(".cm-content").waitFor({ timeout: 60_000 });
const boardReady = (page: Page) => page.locator(".tl-canvas").waitFor({ timeout: 60_000 });

/** Each keystroke typed in `from`, timed to the moment its character shows in `to` (one machine, one clock). */
async function keystrokeLatencies(from: Page, to: Page, count: number): Promise<number[]> {
  await watchRemoteTyping(to);
  await from.getByTestId("code-editor").locator(".cm-content").click();
  await from.keyboard.press("ControlOrMeta+End");
  await from.keyboard.press("Enter");
  await from.evaluate(() => {
    const sent: number[] = [];
    document.addEventListener("keydown", () => sent.push(Date.now()), true);
    Object.assign(window, { benchSent: sent });
  });
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let index = 0; index < count; index++) {
    await from.keyboard.type(letters[index % letters.length] ?? "x");
    // About 8 keys a second, a fast typist's pace, so each key is its own update.
    await new Promise((done) => setTimeout(done, 120));
  }
  await to.waitForFunction(
    (n) =>
      (window as unknown as { codePadArrivals: { length: number }[] }).codePadArrivals.some(
        (entry) => entry.length >= n,
      ),
    count,
    { timeout: 30_000 },
  );
  const sent = await from.evaluate(() => (window as unknown as { benchSent: number[] }).benchSent);
  return typingLatencies(to, sent);
}

/** Rectangles drawn in `from`, each timed from the pointer's release to the shape in `to`. */
async function shapeLatencies(from: Page, to: Page, count: number): Promise<number[]> {
  await to.evaluate(() => {
    const seen: { count: number; at: number }[] = [];
    const layer = document.querySelector(".tl-canvas");
    if (!layer) throw new Error("no board");
    new MutationObserver(() =>
      seen.push({ count: document.querySelectorAll(".tl-shape").length, at: Date.now() }),
    ).observe(layer, { subtree: true, childList: true });
    Object.assign(window, { benchShapes: seen });
  });
  const before = await to.locator(".tl-shape").count();
  const box = await from.locator(".tl-canvas").boundingBox();
  if (!box) throw new Error("no board on the sender's page");
  const released: number[] = [];
  for (let index = 0; index < count; index++) {
    await from.keyboard.press("r");
    const x = box.x + 120 + (index % 10) * 60;
    const y = box.y + 120 + Math.floor(index / 10) * 60;
    await from.mouse.move(x, y);
    await from.mouse.down();
    await from.mouse.move(x + 40, y + 40, { steps: 4 });
    released.push(Date.now());
    await from.mouse.up();
    await to.waitForFunction((n) => document.querySelectorAll(".tl-shape").length >= n, before + index + 1, {
      timeout: 15_000,
    });
    await from.keyboard.press("Escape");
  }
  const seen = await to.evaluate(
    () => (window as unknown as { benchShapes: { count: number; at: number }[] }).benchShapes,
  );
  return released.flatMap((at, index) => {
    const arrived = seen.find((entry) => entry.count >= before + index + 1 && entry.at >= at);
    return arrived ? [arrived.at - at] : [];
  });
}

/** Replaces the pad's code, presses Run, and times the click to the run's end in this page. */
async function timedRun(page: Page, language: "python" | "javascript", code: string): Promise<number> {
  const picker = page.getByLabel("Language");
  if ((await picker.inputValue()) !== language) await picker.selectOption(language);
  await replaceCode(page, code);
  const ms = await runAndWait(page, 120_000);
  const status = await page.getByTestId("run-output").getAttribute("data-status");
  if (status !== "ok") throw new Error(`the ${language} run ended ${status}`);
  return ms;
}

async function main() {
  const stack = await startStack({ video: false, quiet: !flags.logs });
  let browser: Browser | undefined;
  try {
    const fromRoot = <T>(path: string): Promise<T> =>
      import(pathToFileURL(join(root, "packages/db/src", path)).href);
    const { createDb } = await fromRoot<typeof import("@mockboard/db")>("index.ts");
    const { seedPrompt, seedSession, seedUser } =
      await fromRoot<typeof import("@mockboard/db/testing/factories")>("testing/factories.ts");
    const db = createDb(stack.databaseUrl, { maxConnections: 2 });
    const [interviewer, candidate] = await Promise.all([
      seedUser(db, { name: "Bench Interviewer" }),
      seedUser(db, { name: "Bench Candidate" }),
    ]);
    const coding = await seedPrompt(db, { from: "closest-readings-from-two-sensors" });
    const design = await seedPrompt(db, { from: "url-shortener" });
    const session = (promptId: string) =>
      seedSession(db, { interviewerId: interviewer.id, candidateId: candidate.id, promptId, status: "LIVE" });
    const [codeRoom, boardRoom] = [await session(coding.id), await session(design.id)];
    await db.$disconnect();

    browser = await chromium.launch(chromiumLaunchOptions());
    const base = stack.baseUrl;
    const rooms = { code: `${base}/sessions/${codeRoom.id}`, board: `${base}/sessions/${boardRoom.id}` };

    // The JavaScript each room downloads in a fresh browser context (cold cache).
    const weigh = async (url: string, ready: (page: Page) => Promise<void>) => {
      const context = await signedInContext(browser as Browser, base, interviewer);
      const room = await openRoom(context, url, ready);
      const kb = room.jsKB();
      await context.close();
      return kb;
    };
    const boardOnlyKB = await weigh(rooms.board, boardReady);
    const codeRoomKB = await weigh(rooms.code, padReady);

    const [hostContext, guestContext] = [
      await signedInContext(browser, base, interviewer),
      await signedInContext(browser, base, candidate),
    ];
    const host = await hostContext.newPage();
    const guest = await guestContext.newPage();

    await Promise.all([host.goto(rooms.board), guest.goto(rooms.board)]);
    await Promise.all([boardReady(host), boardReady(guest)]);
    await host.locator('[data-status="live"]').first().waitFor({ timeout: 30_000 });
    await guest.locator('[data-status="live"]').first().waitFor({ timeout: 30_000 });
    const shapes = await shapeLatencies(host, guest, SHAPES);

    await Promise.all([host.goto(rooms.code), guest.goto(rooms.code)]);
    await Promise.all([padReady(host), padReady(guest)]);
    await host.locator('[data-status="live"]').first().waitFor({ timeout: 30_000 });
    await guest.locator('[data-status="live"]').first().waitFor({ timeout: 30_000 });
    const keys = await keystrokeLatencies(host, guest, KEYS);

    // Cold: a fresh context per run (new worker, nothing cached); warm: the next run there.
    const runs = {
      python: { cold: [] as number[], warm: [] as number[] },
      javascript: { cold: [] as number[], warm: [] as number[] },
    };
    for (let round = 0; round < RUNS; round++) {
      for (const language of ["python", "javascript"] as const) {
        const context = await signedInContext(browser, base, interviewer);
        const page = await context.newPage();
        await page.goto(rooms.code);
        await padReady(page);
        const code = language === "python" ? "print(sum(range(10)))" : "console.log([1, 2, 3].join(','))";
        runs[language].cold.push(await timedRun(page, language, code));
        runs[language].warm.push(await timedRun(page, language, code));
        await context.close();
      }
    }

    const median = (values: number[]) => percentile(values, 50).toFixed(0);
    console.log(
      `\nCode pad benchmark (${new Date().toISOString().slice(0, 10)}, load average ${(await import("node:os")).loadavg()[0]?.toFixed(1)})`,
    );
    console.log(`code pad keystroke -> other browser's editor: ${summary(keys)}`);
    console.log(`board rectangle (pointer up) -> other browser's canvas: ${summary(shapes)}`);
    console.log(
      `room JavaScript on the wire (cold): board only ${boardOnlyKB.toFixed(0)} KB; coding round with the code pad ${codeRoomKB.toFixed(0)} KB (+${(codeRoomKB - boardOnlyKB).toFixed(0)} KB loaded lazily)`,
    );
    console.log(
      `first Python run (click to output): cold ${median(runs.python.cold)} ms, warm ${median(runs.python.warm)} ms (medians of ${RUNS}; cold ${runs.python.cold.join(", ")})`,
    );
    console.log(
      `first JavaScript run: cold ${median(runs.javascript.cold)} ms, warm ${median(runs.javascript.warm)} ms (cold ${runs.javascript.cold.join(", ")})`,
    );
  } finally {
    await browser?.close();
    await stack.stop();
  }
}

await main();
