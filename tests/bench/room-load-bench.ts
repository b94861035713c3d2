// Page-load benchmark for the room and the catalogue, in Chromium against the real stack
// (embedded Postgres, collab server, production web build). Prints medians of time to
// board visible, JavaScript and font bytes transferred and CLS, beside the figures from
// before the room-weight work of issue 14 (recorded below), or beside another checkout
// measured in the same run (--compare). Run after building the web app:
//   turbo run build --filter=@mockboard/web && tsx tests/bench/room-load-bench.ts [--runs 7]
// See tests/bench/README.md.
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { brotliCompressSync } from "node:zlib";
import type { ExecutedStatement } from "@mockboard/devkit/query-counter";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { type Stack, startStack } from "../e2e/support/stack";

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    // The checkout to measure (its web app built); this repository by default.
    root: { type: "string", default: resolve(import.meta.dirname, "../..") },
    // A second built checkout (e.g. a copy at the commit before a change), measured in the
    // same run, its loads alternating with the first's so both see the same machine.
    compare: { type: "string" },
    pages: { type: "string", default: "room,catalogue" },
    logs: { type: "boolean", default: false },
    // Print every request of the last load of each page with its size.
    verbose: { type: "boolean", default: false },
    // Save a Chromium performance trace of the last room load of each checkout here.
    trace: { type: "string" },
    // Measure the room with an empty board (by default the board holds a small sketch
    // with text, as an interview leaves it, so the font it uses is part of the load).
    "empty-board": { type: "boolean", default: false },
    // A loaded machine: while measuring, two other Chromium pages (another browser process)
    // hold a video call in another session, as the interview's own video does.
    busy: { type: "boolean", default: false },
  },
});
const RUNS = Number(flags.runs);
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 30) throw new Error("--runs must be an integer in 1..30");
const PAGES = new Set((flags.pages ?? "").split(","));
if ([...PAGES].some((p) => p !== "room" && p !== "catalogue"))
  throw new Error("--pages takes room,catalogue");
const quiet = !flags.logs;
const VIEWPORT = { width: 1440, height: 900 };
/** After the page's last request, wait this long for more before counting bytes. */
const QUIET_MS = 1500;
/** Longest a single load may take, board included. */
const LOAD_TIMEOUT_MS = 30_000;

type Figures = Record<string, number>;

/**
 * Medians before the room-weight change of issue 14, printed when no --compare is given:
 * this script with --compare against a copy of the tree with the room and catalogue files
 * as they were before it, 9 alternating cold loads at 1440x900, board with the sketch, on
 * this machine (2 vCPUs, Chromium 156, load average about 2) on 2026-11-30.
 */
const BASELINE: Record<"room" | "catalogue", Figures> = {
  room: {
    boardVisibleMs: 1382,
    tokenRequestMs: 1136,
    scriptsMs: 819,
    socketMs: 1189,
    syncedMs: 1278,
    jsKB: 743,
    jsRawKB: 2465,
    jsBrotliKB: 600,
    fontKB: 1345,
    fontFiles: 16,
    embedIcons: 19,
    images: 1,
    requests: 59,
    totalKB: 2182,
    cls: 0,
  },
  catalogue: { lcpMs: 360, jsKB: 188, fontKB: 0, totalKB: 238, cls: 0 },
};

// --- The stack ------------------------------------------------------------------------

interface BenchStack {
  stack: Stack;
  /** The room of a session the bench's interviewer runs. */
  roomPath: string;
  /** The room of a session they are running. */
  liveRoomPath: string;
  /** The room of a session they ran and ended, not yet scored. */
  endedRoomPath: string;
  /** The room of a session they ran, ended, scored and released feedback for. */
  releasedRoomPath: string;
  interviewer: { email: string; password: string };
  /** With --busy: another session's room and its two people, who hold a video call in it. */
  busyCall?: { roomPath: string; people: { email: string; password: string }[] };
}

/**
 * The end-to-end tests' stack (tests/e2e/support/stack.ts) for the checkout at `root`,
 * without video and with the web app's statements counted, plus an interviewer, a
 * candidate and their sessions in four states (scheduled, live, ended, feedback released),
 * made with that checkout's own factories and domain functions.
 */
async function startBenchStack(root: string, busy: boolean): Promise<BenchStack> {
  const stack = await startStack({ root, video: busy, countQueries: true, quiet });
  try {
    const fromRoot = <T>(path: string): Promise<T> =>
      import(pathToFileURL(join(root, "packages/db/src", path)).href);
    const {
      createDb,
      endSession,
      releaseFeedback,
      saveScorecard,
      sessionRubric,
      startSession,
      submitScorecard,
    } = await fromRoot<typeof import("@mockboard/db")>("index.ts");
    const { seedCohort, seedSession, seedUser } =
      await fromRoot<typeof import("@mockboard/db/testing/factories")>("testing/factories.ts");
    const db = createDb(stack.databaseUrl, { maxConnections: 2 });
    const [interviewer, candidate] = await Promise.all([
      seedUser(db, { name: "Bench Interviewer" }),
      seedUser(db, { name: "Bench Candidate" }),
    ]);
    const cohort = await seedCohort(db, { owners: [interviewer.id], members: [candidate.id] });
    const session = await seedSession(db, {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      cohortId: cohort.id,
    });
    const live = await seedSession(db, { interviewerId: interviewer.id, candidateId: candidate.id });
    await startSession(db, live.id, interviewer.id);
    const ended = await seedSession(db, { interviewerId: interviewer.id, candidateId: candidate.id });
    await startSession(db, ended.id, interviewer.id);
    await endSession(db, ended.id, interviewer.id);
    // The busiest room: every panel has something in it. Through the domain, as people do.
    const released = await seedSession(db, { interviewerId: interviewer.id, candidateId: candidate.id });
    await startSession(db, released.id, interviewer.id);
    await endSession(db, released.id, interviewer.id);
    const { dimensions } = await sessionRubric(db, released.id);
    await saveScorecard(db, released.id, interviewer.id, {
      levels: Object.fromEntries(dimensions.map((dimension) => [dimension.key, 3])),
      evidence: {},
      recommendation: "YES",
      summary: "Bench scorecard.",
    });
    await submitScorecard(db, released.id, interviewer.id);
    await releaseFeedback(db, released.id, interviewer.id);
    let busyCall: BenchStack["busyCall"];
    if (busy) {
      const people = await Promise.all([seedUser(db), seedUser(db)]);
      const other = await seedSession(db, { interviewerId: people[0].id, candidateId: people[1].id });
      busyCall = { roomPath: `/sessions/${other.id}`, people };
    }
    await db.$disconnect();
    return {
      stack,
      roomPath: `/sessions/${session.id}`,
      liveRoomPath: `/sessions/${live.id}`,
      endedRoomPath: `/sessions/${ended.id}`,
      releasedRoomPath: `/sessions/${released.id}`,
      interviewer,
      busyCall,
    };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

// --- Measuring one load -----------------------------------------------------------------

interface Load {
  /** Navigation start to the first frame with the tldraw canvas and toolbar (room only). */
  boardVisibleMs?: number;
  /** Navigation start to the board-token request going out (room only; none when server-minted). */
  tokenRequestMs?: number;
  /** Navigation start to the collab websocket opening (room only). */
  socketMs?: number;
  /** Navigation start to the last script's arrival. */
  scriptsMs?: number;
  /** Navigation start to DOMContentLoaded. */
  domContentLoadedMs?: number;
  /** Navigation start to the board's first sync (room only). */
  syncedMs?: number;
  lcpMs?: number;
  bytes: Record<string, number>;
  rawBytes: Record<string, number>;
  requests: Record<string, number>;
  cls: number;
  /** Every finished request: URL, category, bytes on the wire. */
  files: { url: string; kind: string; bytes: number }[];
}

/**
 * Runs in the page before any of its scripts: layout shifts, LCP and the board's first
 * frame (the tldraw canvas and its toolbar in the DOM). A string, because tsx adds helper
 * calls to compiled functions that do not exist in the page.
 */
const PAGE_PROBE = `(() => {
  const bench = { shifts: [], lcp: 0, boardVisible: 0, synced: 0 };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput) bench.shifts.push({ value: entry.value, startTime: entry.startTime });
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.lcp = entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  const observer = new MutationObserver(() => {
    if (bench.boardVisible) return;
    const canvas = document.querySelector('[data-testid="board-canvas"]');
    if (!bench.synced && canvas && canvas.getAttribute("data-ready") === "true") bench.synced = performance.now();
    if (!canvas || !canvas.querySelector(".tl-shapes") || !canvas.querySelector('[data-testid="tools.select"]')) return;
    observer.disconnect();
    requestAnimationFrame((frame) => { bench.boardVisible = frame; });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-ready"] });
})()`;

/** CLS: the largest session window of shifts (gaps under 1 s, windows at most 5 s). */
function cumulativeLayoutShift(shifts: { value: number; startTime: number }[]): number {
  let best = 0;
  let current = 0;
  let windowStart = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const shift of shifts) {
    if (shift.startTime - last > 1000 || shift.startTime - windowStart > 5000) {
      current = 0;
      windowStart = shift.startTime;
    }
    current += shift.value;
    last = shift.startTime;
    best = Math.max(best, current);
  }
  return best;
}

function category(type: string, url: string): string {
  if (url.includes("/embed-icons/")) return "embedIcon";
  switch (type) {
    case "Script":
      return "js";
    case "Font":
      return "font";
    case "Stylesheet":
      return "css";
    case "Image":
      return "image";
    case "Document":
      return "document";
    case "Fetch":
    case "XHR":
      return "fetch";
    default:
      return "other";
  }
}

async function measure(
  context: BrowserContext,
  url: string,
  waitForBoard: boolean,
  tracePath?: string,
): Promise<Load> {
  const page = await context.newPage();
  if (tracePath) await context.browser()?.startTracing(page, { path: tracePath, screenshots: false });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
    const requests = new Map<string, { url: string; type: string }>();
    const bytes: Record<string, number> = {};
    const rawBytes: Record<string, number> = {};
    const counts: Record<string, number> = {};
    const files: Load["files"] = [];
    let navigationStart: number | undefined;
    let tokenRequest: number | undefined;
    let socketOpened: number | undefined;
    let inflight = 0;
    let lastActivity = Date.now();
    cdp.on("Network.requestWillBeSent", (event) => {
      if (event.type === "Document" && navigationStart === undefined) navigationStart = event.timestamp;
      if (event.request.url.includes("/board-token") && tokenRequest === undefined)
        tokenRequest = event.timestamp;
      // Inline data and blobs the page made itself cross no network.
      if (/^(data|blob):/.test(event.request.url)) return;
      // Server-sent events never finish: they are not part of the load.
      if (!requests.has(event.requestId) && event.type !== "EventSource") inflight++;
      requests.set(event.requestId, { url: event.request.url, type: event.type ?? "Other" });
      lastActivity = Date.now();
    });
    cdp.on("Network.webSocketWillSendHandshakeRequest", (event) => {
      socketOpened ??= event.timestamp;
    });
    const done = (requestId: string, encoded: number) => {
      const request = requests.get(requestId);
      if (!request || request.type === "EventSource") return;
      inflight--;
      lastActivity = Date.now();
      const kind = category(request.type, request.url);
      bytes[kind] = (bytes[kind] ?? 0) + encoded;
      files.push({ url: request.url, kind, bytes: encoded });
      counts[kind] = (counts[kind] ?? 0) + 1;
    };
    const decodedBytes = new Map<string, number>();
    cdp.on("Network.dataReceived", (event) => {
      decodedBytes.set(event.requestId, (decodedBytes.get(event.requestId) ?? 0) + event.dataLength);
    });
    cdp.on("Network.loadingFinished", (event) => {
      const request = requests.get(event.requestId);
      if (request) {
        const kind = category(request.type, request.url);
        rawBytes[kind] = (rawBytes[kind] ?? 0) + (decodedBytes.get(event.requestId) ?? 0);
      }
      done(event.requestId, event.encodedDataLength);
    });
    cdp.on("Network.loadingFailed", (event) => done(event.requestId, 0));

    await page.addInitScript(PAGE_PROBE);
    const started = Date.now();
    await page.goto(url, { waitUntil: "commit", timeout: LOAD_TIMEOUT_MS });
    if (waitForBoard)
      await page
        .waitForFunction(
          () => (window as unknown as { __bench: { boardVisible: number } }).__bench.boardVisible > 0,
          null,
          { timeout: LOAD_TIMEOUT_MS, polling: 50 },
        )
        .catch(async (error) => {
          const shot = join(tmpdir(), `room-bench-timeout-${Date.now()}.png`);
          await page.screenshot({ path: shot });
          console.error(
            await page.evaluate(() =>
              [
                "[data-testid=board-canvas]",
                ".tl-shapes",
                ".tl-canvas",
                '[data-testid="tools.select"]',
                ".tl-background",
              ]
                .map((sel) => `${sel}: ${document.querySelectorAll(sel).length}`)
                .concat(JSON.stringify((window as unknown as Record<string, unknown>).__bench)),
            ),
          );
          throw new Error(`the board did not show in ${LOAD_TIMEOUT_MS} ms (screenshot: ${shot})`, {
            cause: error,
          });
        });
    else await page.waitForLoadState("load", { timeout: LOAD_TIMEOUT_MS });
    // Let late requests (background fonts, icons) land so they are counted.
    while (Date.now() - started < LOAD_TIMEOUT_MS && (inflight > 0 || Date.now() - lastActivity < QUIET_MS))
      await page.waitForTimeout(100);
    const probe = await page.evaluate(() => {
      const bench = (window as unknown as Record<string, unknown>).__bench as {
        shifts: { value: number; startTime: number }[];
        lcp: number;
        boardVisible: number;
        synced: number;
      };
      const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
        (entry) => entry.initiatorType === "script" || entry.name.endsWith(".js"),
      );
      return {
        ...bench,
        navStart: navigation?.startTime ?? 0,
        domContentLoaded: navigation?.domContentLoadedEventEnd ?? 0,
        scripts: Math.max(0, ...scripts.map((entry) => entry.responseEnd)),
      };
    });
    const relative = (timestamp: number | undefined) =>
      timestamp === undefined || navigationStart === undefined
        ? undefined
        : (timestamp - navigationStart) * 1000;
    return {
      boardVisibleMs: waitForBoard ? probe.boardVisible - probe.navStart : undefined,
      tokenRequestMs: relative(tokenRequest),
      socketMs: relative(socketOpened),
      scriptsMs: probe.scripts || undefined,
      domContentLoadedMs: probe.domContentLoaded || undefined,
      syncedMs: waitForBoard && probe.synced ? probe.synced : undefined,
      lcpMs: probe.lcp || undefined,
      bytes,
      rawBytes,
      requests: counts,
      cls: cumulativeLayoutShift(probe.shifts),
      files,
    };
  } finally {
    if (tracePath) await context.browser()?.stopTracing();
    await page.close();
  }
}

// --- Database statements per render ----------------------------------------------------

/** A statement's verb and first table, to group a render's statements by. */
function statementKind(sql: string): string {
  const verb = sql.trim().split(/\s+/)[0]?.toUpperCase() ?? "?";
  // The outer statement's table, not a subquery's.
  let outer = sql;
  while (/\([^()]*\)/.test(outer)) outer = outer.replace(/\([^()]*\)/g, "");
  const table = /(?:FROM|INTO|UPDATE)\s+(?:"public"\.)?"(\w+)"/i.exec(outer)?.[1];
  return table ? `${verb} ${table}` : verb;
}

/**
 * The statements the web app runs to render the room page once on the server (the HTML
 * only: not the scripts, the room state or the board token the page asks for afterwards).
 * The fewest of three renders after a warm-up, so a stray background statement is not counted.
 */
async function roomRenderStatements(browser: Browser, state: StorageState, bench: BenchStack, path: string) {
  const counter = bench.stack.queries;
  if (!counter) throw new Error("the bench stack counts queries");
  const context = await browser.newContext({ storageState: state });
  try {
    const url = `${bench.stack.baseUrl}${path}`;
    await context.request.get(url);
    let fewest: ExecutedStatement[] | undefined;
    for (let render = 0; render < 3; render++) {
      counter.reset();
      const response = await context.request.get(url);
      if (response.status() !== 200) throw new Error(`the room answered ${response.status()}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const statements = counter.statements();
      if (!fewest || statements.length < fewest.length) fewest = statements;
    }
    return fewest ?? [];
  } finally {
    await context.close();
  }
}

function printStatements(label: string, statements: ExecutedStatement[]) {
  const kinds = new Map<string, number>();
  for (const statement of statements) {
    const kind = statementKind(statement.sql);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  console.log(`  ${label}: ${statements.length} statements`);
  for (const [kind, count] of [...kinds].sort((a, b) => b[1] - a[1]))
    console.log(`    ${String(count).padStart(3)}  ${kind}`);
  if (flags.verbose)
    for (const statement of statements) console.log(`         ${statement.sql.slice(0, 160)}`);
}

// --- Running ----------------------------------------------------------------------------

function median(values: (number | undefined)[]): number {
  const known = values
    .filter((v): v is number => v !== undefined && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (!known.length) return Number.NaN;
  const middle = Math.floor(known.length / 2);
  return known.length % 2
    ? (known[middle] ?? Number.NaN)
    : ((known[middle - 1] ?? 0) + (known[middle] ?? 0)) / 2;
}

const kb = (n: number) => n / 1024;

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/**
 * The load of --busy: a second Chromium with fake camera and microphone, both people of
 * another session in its room with video joined, left running until the bench ends.
 */
async function startBusyCall(bench: BenchStack): Promise<Browser> {
  const call = bench.busyCall;
  if (!call) throw new Error("the stack was started without a busy call");
  const busy = await chromium.launch(
    chromiumLaunchOptions(["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]),
  );
  for (const person of call.people) {
    const state = await signIn(busy, bench.stack.baseUrl, person);
    const context = await busy.newContext({ viewport: VIEWPORT, storageState: state });
    const page = await context.newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(`${bench.stack.baseUrl}${call.roomPath}`);
    await page.getByTestId("video-join").click({ timeout: LOAD_TIMEOUT_MS });
    await page
      .locator('[data-testid="video-call"][data-state="connected"]')
      .waitFor({ timeout: LOAD_TIMEOUT_MS });
  }
  // Both pages now send and decode each other's camera.
  return busy;
}

async function signIn(browser: Browser, baseUrl: string, user: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/signin`);
  await page.fill("#email", user.email);
  await page.fill("#password", user.password);
  await Promise.all([page.waitForURL("**/dashboard"), page.click("button[type=submit]")]);
  const state = await context.storageState();
  await context.close();
  return state;
}

/**
 * What the page's scripts weigh as Brotli (quality 11), read from the build output of the
 * checkout by file name: the same yardstick for a checkout whose server sends gzip (before
 * the web app served its precompressed copies) as for one that sends Brotli.
 */
function brotliKB(root: string, load: Load): number {
  let total = 0;
  for (const file of load.files) {
    if (file.kind !== "js") continue;
    const path = new URL(file.url).pathname.replace(/^\/_next\//, "");
    const onDisk = join(root, "apps/web/.next", path);
    if (existsSync(onDisk)) total += brotliCompressSync(readFileSync(onDisk)).length;
  }
  return kb(total);
}

/** Types like a person once the shape's text editor has the focus (typing sooner loses keys). */
async function typeIntoBoard(page: Page, text: string) {
  await page.waitForFunction(() => document.activeElement?.getAttribute("contenteditable") === "true");
  await page.keyboard.type(text, { delay: 30 });
}

/** Draws what a design interview's board starts with: two labelled boxes, an arrow, a note. */
async function sketch(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page
    .locator('[data-testid="board-canvas"] [data-testid="tools.select"]')
    .waitFor({ timeout: LOAD_TIMEOUT_MS });
  await page.locator('[data-status="live"]').waitFor({ timeout: LOAD_TIMEOUT_MS });
  const canvas = await page.getByTestId("board-canvas").boundingBox();
  if (!canvas) throw new Error("no board canvas");
  const at = (x: number, y: number) => ({ x: canvas.x + x, y: canvas.y + y });
  const drag = async (tool: string, from: { x: number; y: number }, to: { x: number; y: number }) => {
    await page.keyboard.press(tool);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
  };
  for (const [x, label] of [
    [120, "Clients"],
    [420, "API gateway"],
  ] as const) {
    await drag("r", at(x, 200), at(x + 180, 290));
    await page.keyboard.press("Enter");
    await typeIntoBoard(page, label);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
  }
  await drag("a", at(310, 245), at(410, 245));
  await page.keyboard.press("t");
  await page.mouse.click(at(140, 380).x, at(140, 380).y);
  await typeIntoBoard(page, "p99 under 200 ms, 10k requests/s");
  await page.keyboard.press("Escape");
  const shapes = await page.locator(".tl-shape").count();
  if (shapes < 4) throw new Error(`the sketch has ${shapes} shapes`);
  // Let the collab server store the updates.
  await page.waitForTimeout(1500);
  await page.close();
}

interface Metric {
  label: string;
  key: string;
  unit: string;
  digits?: number;
  pick: (load: Load, root: string) => number | undefined;
}

const total = (load: Load) => Object.values(load.bytes).reduce((a, b) => a + b, 0);

const ROOM_METRICS: Metric[] = [
  { label: "board visible", key: "boardVisibleMs", unit: "ms", pick: (l) => l.boardVisibleMs },
  { label: "board-token request starts", key: "tokenRequestMs", unit: "ms", pick: (l) => l.tokenRequestMs },
  { label: "last script arrives", key: "scriptsMs", unit: "ms", pick: (l) => l.scriptsMs },
  { label: "collab websocket opens", key: "socketMs", unit: "ms", pick: (l) => l.socketMs },
  { label: "board synced", key: "syncedMs", unit: "ms", pick: (l) => l.syncedMs },
  { label: "JavaScript transferred", key: "jsKB", unit: "KB", pick: (l) => kb(l.bytes.js ?? 0) },
  { label: "JavaScript uncompressed", key: "jsRawKB", unit: "KB", pick: (l) => kb(l.rawBytes.js ?? 0) },
  {
    label: "JavaScript if sent as Brotli",
    key: "jsBrotliKB",
    unit: "KB",
    pick: (l, root) => brotliKB(root, l),
  },
  { label: "fonts transferred", key: "fontKB", unit: "KB", pick: (l) => kb(l.bytes.font ?? 0) },
  { label: "font files", key: "fontFiles", unit: "", pick: (l) => l.requests.font ?? 0 },
  { label: "embed icon requests", key: "embedIcons", unit: "", pick: (l) => l.requests.embedIcon ?? 0 },
  { label: "image requests", key: "images", unit: "", pick: (l) => l.requests.image ?? 0 },
  { label: "requests", key: "requests", unit: "", pick: (l) => l.files.length },
  { label: "everything transferred", key: "totalKB", unit: "KB", pick: (l) => kb(total(l)) },
  { label: "CLS", key: "cls", unit: "", digits: 3, pick: (l) => l.cls },
];

const CATALOGUE_METRICS: Metric[] = [
  { label: "largest contentful paint", key: "lcpMs", unit: "ms", pick: (l) => l.lcpMs },
  { label: "JavaScript transferred", key: "jsKB", unit: "KB", pick: (l) => kb(l.bytes.js ?? 0) },
  { label: "fonts transferred", key: "fontKB", unit: "KB", pick: (l) => kb(l.bytes.font ?? 0) },
  { label: "everything transferred", key: "totalKB", unit: "KB", pick: (l) => kb(total(l)) },
  { label: "CLS", key: "cls", unit: "", digits: 3, pick: (l) => l.cls },
];

function row(metric: Metric, now: number, before: number): string {
  const digits = metric.digits ?? 0;
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(digits) : "—");
  const change =
    Number.isFinite(now) && Number.isFinite(before) && before !== 0
      ? `${now - before >= 0 ? "+" : ""}${(((now - before) / before) * 100).toFixed(0)}%`
      : "";
  return `  ${metric.label.padEnd(30)} ${fmt(now).padStart(9)} ${fmt(before).padStart(9)}  ${metric.unit.padEnd(3)} ${change}`;
}

async function main() {
  const roots = [resolve(flags.root ?? "."), ...(flags.compare ? [resolve(flags.compare)] : [])];
  console.log(`Room and catalogue load benchmark: ${RUNS} cold loads each (+1 warm-up)`);
  for (const [index, root] of roots.entries()) console.log(`  ${index === 0 ? "now   " : "before"} ${root}`);
  const stacks: BenchStack[] = [];
  let browser: Browser | undefined;
  let busyBrowser: Browser | undefined;
  const stopAll = async () => {
    await busyBrowser?.close();
    await browser?.close();
    await Promise.all(stacks.map((bench) => bench.stack.stop()));
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    for (const [index, root] of roots.entries())
      stacks.push(await startBenchStack(root, Boolean(flags.busy) && index === 0));
    if (flags.busy && stacks[0]) {
      busyBrowser = await startBusyCall(stacks[0]);
      console.log("  busy: two other Chromium pages in a video call while measuring");
    }
    browser = await chromium.launch(chromiumLaunchOptions());
    const states = [];
    for (const bench of stacks) states.push(await signIn(browser, bench.stack.baseUrl, bench.interviewer));
    if (PAGES.has("room") && !flags["empty-board"])
      for (const [index, bench] of stacks.entries()) {
        const context = await browser.newContext({ viewport: VIEWPORT, storageState: states[index] });
        await sketch(context, `${bench.stack.baseUrl}${bench.roomPath}`);
        await context.close();
      }
    const pages = [
      { name: "room", path: (bench: BenchStack) => bench.roomPath, board: true },
      { name: "catalogue", path: () => "/prompts", board: false },
    ].filter((p) => PAGES.has(p.name));
    /** results[stack index][page name] */
    const results: Record<string, Load[]>[] = stacks.map(() => ({ room: [], catalogue: [] }));
    // Alternate pages and checkouts so a noisy moment on the machine hits all of them.
    for (let run = 0; run <= RUNS; run++) {
      for (const target of pages) {
        for (const [index, bench] of stacks.entries()) {
          // A fresh context per load: an empty cache, as on a first visit.
          const context = await browser.newContext({ viewport: VIEWPORT, storageState: states[index] });
          try {
            const trace =
              flags.trace && target.board && run === RUNS
                ? join(flags.trace, `room-${index === 0 ? "now" : "before"}.json`)
                : undefined;
            const load = await measure(
              context,
              `${bench.stack.baseUrl}${target.path(bench)}`,
              target.board,
              trace,
            );
            if (run > 0) results[index]?.[target.name]?.push(load);
            const detail = target.board
              ? `board ${load.boardVisibleMs?.toFixed(0)} ms`
              : `LCP ${load.lcpMs?.toFixed(0)} ms`;
            console.log(
              `  ${run === 0 ? "warm-up" : `run ${run}`.padEnd(7)} ${index === 0 ? "now   " : "before"} ${target.name.padEnd(9)} ${detail}, JS ${kb(load.bytes.js ?? 0).toFixed(0)} KB, fonts ${kb(load.bytes.font ?? 0).toFixed(0)} KB, CLS ${load.cls.toFixed(3)}`,
            );
          } finally {
            await context.close();
          }
        }
      }
    }

    if (flags.verbose)
      for (const [index, byPage] of results.entries())
        for (const [name, loads] of Object.entries(byPage)) {
          const last = loads.at(-1);
          if (!last) continue;
          console.log(`\nRequests of the last ${name} load (${index === 0 ? "now" : "before"})`);
          for (const file of [...last.files].sort((a, b) => b.bytes - a.bytes))
            console.log(
              `  ${kb(file.bytes).toFixed(1).padStart(8)} KB  ${file.kind.padEnd(9)} ${file.url.replace(/^https?:\/\/[^/]+/, "")}`,
            );
        }

    const medianOf = (index: number, name: string, metric: Metric) =>
      median(
        (results[index]?.[name] ?? []).map((load) => metric.pick(load, stacks[index]?.stack.root ?? "")),
      );
    const before = flags.compare ? "before (--compare)" : "before (recorded)";
    console.log(`\nMedians of ${RUNS} cold loads at ${VIEWPORT.width}x${VIEWPORT.height}; now vs ${before}`);
    for (const [name, title, metrics] of [
      ["room", "Room (/sessions/<id>)", ROOM_METRICS],
      ["catalogue", "Catalogue (/prompts)", CATALOGUE_METRICS],
    ] as const) {
      if (!PAGES.has(name)) continue;
      console.log(title);
      for (const metric of metrics) {
        const then = flags.compare ? medianOf(1, name, metric) : (BASELINE[name][metric.key] ?? Number.NaN);
        console.log(row(metric, medianOf(0, name, metric), then));
      }
    }
    if (PAGES.has("room")) {
      console.log("  goals: JavaScript <= 600 KB, fonts <= 300 KB, board visible < 1500 ms");
      console.log("\nDatabase statements for one server render of the room, as its interviewer");
      for (const [what, path] of [
        ["scheduled session", (bench: BenchStack) => bench.roomPath],
        ["live session", (bench: BenchStack) => bench.liveRoomPath],
        ["ended session, not yet scored", (bench: BenchStack) => bench.endedRoomPath],
        ["ended session, feedback released", (bench: BenchStack) => bench.releasedRoomPath],
      ] as const)
        for (const [index, bench] of stacks.entries()) {
          const state = states[index];
          if (!state) continue;
          const statements = await roomRenderStatements(browser, state, bench, path(bench));
          printStatements(`${what} (${index === 0 ? "now" : "before"})`, statements);
        }
    }
  } finally {
    await stopAll();
  }
}

await main();
