// Replay benchmark (issue 21): a 60-minute session with 20,000 board updates from two people
// drawing, generated through the real collab server, then replayed through the web app's
// history endpoints. Prints seek latency (server, and server + applying the history to a
// Y.Doc as the browser does), bytes per seek, the same seeks replaying from the start, the
// replay page's time to first frame, PNG and report export times, and the web server's
// memory while 20 replays stream at once. Figures, not a test. Run after building the web app:
//   turbo run build --filter=@mockboard/web && tsx tests/bench/replay-bench.ts [--updates 20000] [--seeks 200]
// See tests/bench/README.md.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { bindStoreToDoc, boardRecords, readStoredRecords } from "@mockboard/board";
import { chunksBetween } from "@mockboard/board/replay";
import { createDb } from "@mockboard/db";
import { migrateDatabase } from "@mockboard/db/migrate";
import { seedCohort, seedSession, seedUser } from "@mockboard/db/testing/factories";
import { freePort } from "@mockboard/devkit/ports";
import { createDatabase, type PostgresHandle, startPostgres } from "@mockboard/devkit/postgres";
import { type Service, startService, waitForHttp } from "@mockboard/devkit/processes";
import { startWebServer } from "@mockboard/devkit/web-server";
import { boardSubprotocols } from "@mockboard/protocol";
import { ReplayHistory } from "@mockboard/web/src/features/replay/live/replay-history";
import type { ReplayManifest } from "@mockboard/web/src/features/replay/replay-contract";
import { b64Vecs, createShapeId } from "@tldraw/tlschema";
import { chromium } from "playwright-core";
import {
  createTLStore,
  DrawShapeUtil,
  defaultBindingUtils,
  defaultShapeUtils,
  getIndexAbove,
  type IndexKey,
} from "tldraw";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { signedInFetchAt } from "../e2e/support/sign-in-fetch";

// The tabs bind tldraw stores in Node, and tldraw runs store listeners on the next animation
// frame; Node has no frames, so here a frame is a 16 ms timer.
globalThis.requestAnimationFrame ??= (callback) =>
  setTimeout(() => callback(performance.now()), 16) as unknown as number;
globalThis.cancelAnimationFrame ??= (handle) => clearTimeout(handle);

const { values: flags } = parseArgs({
  options: {
    updates: { type: "string", default: "20000" },
    seeks: { type: "string", default: "200" },
    minutes: { type: "string", default: "60" },
    streams: { type: "string", default: "20" },
    logs: { type: "boolean", default: false },
  },
});
const UPDATES = Number(flags.updates);
const SEEKS = Number(flags.seeks);
const SESSION_MS = Number(flags.minutes) * 60_000;
const STREAMS = Number(flags.streams);
const quiet = !flags.logs;
const root = resolve(import.meta.dirname, "../..");
/** Per connection, under the collab server's 60 messages a second. */
const MESSAGES_PER_SECOND = 50;
/** Each person draws from two tabs, so generation takes a quarter of the time one connection would. */
const TABS_PER_PERSON = 2;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)}  p95 ${percentile(sorted, 95).toFixed(1)}  p99 ${percentile(sorted, 99).toFixed(1)}`;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** The machine's 1, 5 and 15-minute load averages: every figure below depends on them. */
const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ")}`;

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  return Number(line?.[1] ?? 0) * 1024;
}

/** The web server's node process (the service's child may be a wrapper). */
function serverPid(service: Service): number {
  return service.child.pid as number;
}

/** Each history request's steps as the server timed them (its Server-Timing header), by route and step. */
const serverSteps = new Map<string, number[]>();
let recordSteps = false;
function recordServerTiming(url: string, header: string | undefined, ms: number) {
  if (!recordSteps || !header) return;
  const kind = url.includes("/keyframes/") ? "keyframe" : "chunk";
  const add = (step: string, value: number) => {
    const key = `${kind} ${step}`;
    serverSteps.set(key, [...(serverSteps.get(key) ?? []), value]);
  };
  for (const part of header.split(/,\s*/)) {
    const [step, duration] = part.split(";dur=");
    if (step && duration) add(step, Number(duration));
  }
  add("whole request (client)", ms);
}

/**
 * A GET as sent: its status, headers and body bytes as on the wire, and the time to the last
 * byte. A kept-alive connection the server closed at the same moment is retried once on a
 * new one, as browsers do for a GET.
 */
function getWire(
  url: string,
  cookie: string,
  retried = false,
): Promise<{ status: number; contentType: string; raw: Buffer; ms: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const req = httpRequest(url, { headers: { cookie } }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => {
        const ms = performance.now() - started;
        recordServerTiming(url, res.headers["server-timing"] as string | undefined, ms);
        const contentType = res.headers["content-type"] ?? "";
        done({ status: res.statusCode ?? 0, contentType, raw: Buffer.concat(parts), ms });
      });
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (!retried && req.reusedSocket && error.code === "ECONNRESET")
        getWire(url, cookie, true).then(done, fail);
      else fail(error);
    });
    req.end();
  });
}

/** A GET that must succeed, counting the bytes on the wire; history bodies are gzip (inflated here). */
async function getRaw(
  url: string,
  cookie: string,
): Promise<{ body: Uint8Array; wireBytes: number; ms: number }> {
  const got = await getWire(url, cookie);
  if (got.status !== 200) throw new Error(`${url}: HTTP ${got.status}`);
  const body = got.contentType === "application/gzip" ? gunzipSync(got.raw) : got.raw;
  return { body: new Uint8Array(body), wireBytes: got.raw.length, ms: got.ms };
}

interface Stack {
  baseUrl: string;
  collabUrl: string;
  web: Service;
  stop(): Promise<void>;
}

async function startStack(): Promise<Stack & { databaseUrl: string }> {
  if (!existsSync(join(root, "apps/web/.next/BUILD_ID")))
    throw new Error("apps/web has no production build: run turbo run build --filter=@mockboard/web");
  const services: Service[] = [];
  let postgres: PostgresHandle | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "mockboard-replay-bench-pg-"));
  const stop = async () => {
    await Promise.all(services.map((service) => service.stop()));
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    postgres = await startPostgres({ dataDir, port: await freePort(), persistent: false });
    await createDatabase(postgres.adminUrl, "mockboard");
    const databaseUrl = postgres.urlFor("mockboard");
    await migrateDatabase(databaseUrl);
    const secrets = {
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      BOARD_TOKEN_SECRET: randomBytes(32).toString("base64url"),
    };
    const collabPort = await freePort();
    const collab = startService("collab", process.execPath, ["--import", "tsx", "src/index.ts"], {
      cwd: join(root, "apps/collab"),
      env: {
        ...secrets,
        DATABASE_URL: databaseUrl,
        COLLAB_PORT: String(collabPort),
        COLLAB_METRICS_PORT: String(await freePort()),
        LOG_LEVEL: "warn",
      },
      quiet,
    });
    services.push(collab);
    await waitForHttp(`http://127.0.0.1:${collabPort}/health`, 30_000, () => collab.child.exitCode === null);
    const webPort = await freePort();
    const baseUrl = `http://127.0.0.1:${webPort}`;
    const collabUrl = `ws://127.0.0.1:${collabPort}`;
    const web = startWebServer(root, webPort, {
      env: {
        ...secrets,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: baseUrl,
        COLLAB_PUBLIC_URL: collabUrl,
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
      },
      quiet,
    });
    services.push(web);
    await waitForHttp(`${baseUrl}/api/health`, 60_000, () => web.child.exitCode === null);
    return { baseUrl, collabUrl, web, databaseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

type Call = Awaited<ReturnType<typeof signedInFetchAt>>;

async function connect(call: Call, baseUrl: string, collabUrl: string, sessionId: string, docId: string) {
  const response = await call(`/api/sessions/${sessionId}/board-token`, {
    method: "POST",
    headers: { origin: baseUrl },
  });
  const { token } = (await response.json()) as { token: string };
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabUrl, docId, doc, {
    protocols: boardSubprotocols(token),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((done) => provider.once("sync", () => done()));
  return { doc, provider };
}

/**
 * One tab drawing freehand strokes: each update adds a point to the stroke being drawn (the
 * whole shape record is rewritten, as tldraw does), about 40 points a stroke; now and then
 * it moves a finished stroke instead.
 */
interface Tab {
  shape: string | null;
  index: IndexKey;
  points: { x: number; y: number; z: number }[];
  n: number;
  done: string[];
}

function drawStep(doc: Y.Doc, tab: Tab, color: string) {
  // Straight into the doc, one Yjs update per step: through a tldraw store the steps of a
  // frame would merge into one update, and how many did would depend on the machine's load.
  const records = boardRecords(doc);
  tab.n++;
  if (tab.done.length > 3 && tab.n % 25 === 0) {
    const id = tab.done[tab.n % tab.done.length] as string;
    const shape = records.get(id) as { x: number } | undefined;
    if (shape) records.set(id, { ...shape, x: shape.x + 5 } as never);
    return;
  }
  if (!tab.shape || tab.points.length >= 40) {
    if (tab.shape) tab.done.push(tab.shape);
    tab.shape = createShapeId();
    tab.index = getIndexAbove(tab.index);
    tab.points = [];
  }
  const last = tab.points.at(-1) ?? { x: 0, y: 0, z: 0.5 };
  tab.points.push({ x: last.x + 3 + (tab.n % 7), y: last.y + ((tab.n * 13) % 11) - 5, z: 0.5 });
  const index = tab.done.length;
  records.set(tab.shape, {
    id: tab.shape,
    typeName: "shape",
    type: "draw",
    x: (index % 8) * 180,
    y: Math.floor(index / 8) * 140 + (color === "blue" ? 0 : 2_000),
    rotation: 0,
    index: tab.index,
    parentId: "page:page",
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      ...DrawShapeUtil.prototype.getDefaultProps.call({ options: {} }),
      color,
      segments: [{ type: "free", path: b64Vecs.encodePoints(tab.points) }],
      isComplete: tab.points.length >= 40,
    },
  } as never);
}

async function main() {
  console.log(`Replay bench, ${load()}`);
  const stack = await startStack();
  try {
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
    const calls = {
      interviewer: await signedInFetchAt(stack.baseUrl, interviewer),
      candidate: await signedInFetchAt(stack.baseUrl, candidate),
    };
    const post = (call: Call, path: string, body: unknown) =>
      call(path, {
        method: "POST",
        headers: { "content-type": "application/json", origin: stack.baseUrl },
        body: JSON.stringify(body),
      });
    await post(calls.interviewer, `/api/sessions/${session.id}/lifecycle`, { action: "start" });

    // --- generate: two people, two tabs each, drawing through the collab server ---
    const tabs: { doc: Y.Doc; provider: WebsocketProvider; color: string }[] = [];
    for (const [who, call] of Object.entries(calls))
      for (let i = 0; i < TABS_PER_PERSON; i++)
        tabs.push({
          ...(await connect(call, stack.baseUrl, stack.collabUrl, session.id, session.boardDocId)),
          color: who === "interviewer" ? "blue" : "red",
        });
    // The first tab seeds the board as the room does (tldraw's document and page records).
    const seeder = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
    const seeding = bindStoreToDoc(seeder, (tabs[0] as (typeof tabs)[number]).doc);
    seeding.loadFromDoc();
    await sleep(300);
    seeding.dispose();
    const started = performance.now();
    const perTab = Math.ceil(UPDATES / tabs.length);
    const states: Tab[] = tabs.map(() => ({
      shape: null,
      index: "a1" as IndexKey,
      points: [],
      n: 0,
      done: [],
    }));

    for (let step = 0; step < perTab; step++) {
      const tick = performance.now();
      for (const [i, tab] of tabs.entries()) drawStep(tab.doc, states[i] as Tab, tab.color);
      const wait = 1000 / MESSAGES_PER_SECOND - (performance.now() - tick);
      if (wait > 0) await sleep(wait);
      if (step % 1000 === 0) process.stdout.write(`  drawing: ${step * tabs.length} updates\r`);
    }
    await sleep(2_000);
    const generatedS = (performance.now() - started) / 1000;
    for (const tab of tabs) tab.provider.destroy();
    await post(calls.interviewer, `/api/sessions/${session.id}/lifecycle`, { action: "end" });
    // Spread the log over a 60-minute session: generation ran faster than real drawing.
    const stored = await db.interviewSession.findUniqueOrThrow({ where: { id: session.id } });
    const start = (stored.startedAt as Date).getTime();
    const end = (stored.endedAt as Date).getTime();
    const scale = SESSION_MS / (end - start);
    await db.$executeRaw`update "BoardUpdate" set "at" = to_timestamp(${start}::float8 / 1000) + ("at" - to_timestamp(${start}::float8 / 1000)) * ${scale}::float8 where "docId" = ${session.boardDocId}`;
    await db.$executeRaw`update "BoardSnapshot" set "at" = to_timestamp(${start}::float8 / 1000) + ("at" - to_timestamp(${start}::float8 / 1000)) * ${scale}::float8 where "docId" = ${session.boardDocId}`;
    await db.interviewSession.update({
      where: { id: session.id },
      data: { endedAt: new Date(start + SESSION_MS) },
    });
    await db.sessionEvent.updateMany({
      where: { sessionId: session.id, kind: "ENDED" },
      data: { at: new Date(start + SESSION_MS) },
    });
    const logRows = await db.boardUpdate.count({ where: { docId: session.boardDocId } });
    const snapshots = await db.boardSnapshot.findMany({
      where: { docId: session.boardDocId },
      select: { seq: true, state: true },
    });
    const logBytes = await db.$queryRaw<
      { bytes: bigint }[]
    >`select sum(octet_length("bytes")) as bytes from "BoardUpdate" where "docId" = ${session.boardDocId}`;
    await db.$disconnect();
    console.log(
      `\n[${load()}] Generated ${logRows} updates in ${generatedS.toFixed(0)} s through the collab server (${tabs.length} connections), ` +
        `log ${kb(Number(logBytes[0]?.bytes ?? 0))}, ${snapshots.length} snapshots (final ${kb(snapshots.at(-1)?.state.length ?? 0)}), spread over ${flags.minutes} minutes.`,
    );

    // --- seeks ---
    const cookie = calls.interviewer.cookieHeader();
    const base = `${stack.baseUrl}/api/sessions/${session.id}/replay`;
    const manifestFetch = await getRaw(base, cookie);
    const manifest = JSON.parse(new TextDecoder().decode(manifestFetch.body)) as ReplayManifest;
    console.log(
      `Manifest: ${kb(manifestFetch.wireBytes)} on the wire, ${manifestFetch.ms.toFixed(1)} ms; ${manifest.chunks.length} chunks, ${manifest.keyframes.length} keyframes.`,
    );
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const moments = Array.from({ length: SEEKS }, () => Math.floor(random() * manifest.durationMs));

    // Each seek is the browser's own: a fresh ReplayHistory (a cold client, nothing cached)
    // downloading through the signed-in cookie, so the bench measures the page's plan
    // (which chunks and keyframe, in how many round trips) and its decoding and applying.
    async function seek(ms: number, fromStart: boolean) {
      let bytes = 0;
      let lastByte = 0;
      const t0 = performance.now();
      const load = async (path: string) => {
        const got = await getWire(`${stack.baseUrl}${path}`, cookie);
        bytes += got.raw.length;
        lastByte = performance.now();
        return new Response(new Uint8Array(got.raw), {
          status: got.status,
          headers: { "content-type": got.contentType },
        });
      };
      const history = new ReplayHistory(
        session.id,
        fromStart ? { ...manifest, keyframes: [] } : manifest,
        () => undefined,
        load,
      );
      await history.showMoment(ms);
      const records = Object.keys(readStoredRecords(history.doc)).length;
      const totalMs = performance.now() - t0;
      history.doc.destroy();
      return { serverMs: lastByte - t0, totalMs, bytes, records };
    }

    const keyed: { serverMs: number; totalMs: number; bytes: number }[] = [];
    const fromStart: { serverMs: number; totalMs: number; bytes: number }[] = [];
    for (const [i, ms] of moments.entries()) {
      recordSteps = true;
      keyed.push(await seek(ms, false));
      recordSteps = false;
      fromStart.push(await seek(ms, true));
      if (i % 20 === 0) process.stdout.write(`  seeks: ${i}\r`);
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const p95 = (values: number[]) =>
      percentile(
        [...values].sort((a, b) => a - b),
        95,
      );
    console.log(
      `\n[${load()}] ${SEEKS} random seeks, each from a cold client (no cached chunks), keyframe + chunks:`,
    );
    console.log(`  server              ms  ${summary(keyed.map((s) => s.serverMs))}`);
    console.log(`  server + apply      ms  ${summary(keyed.map((s) => s.totalMs))}`);
    console.log(
      `  bytes per seek          mean ${kb(mean(keyed.map((s) => s.bytes)))}  p95 ${kb(p95(keyed.map((s) => s.bytes)))}`,
    );
    console.log("  where a request's time goes (Server-Timing, keyframe + chunks seeks), ms:");
    for (const [step, values] of [...serverSteps].sort(([a], [b]) => a.localeCompare(b)))
      console.log(`    ${step.padEnd(32)} ${summary(values)}  (${values.length} requests)`);
    console.log("The same seeks replaying the log from the start:");
    console.log(`  server              ms  ${summary(fromStart.map((s) => s.serverMs))}`);
    console.log(`  server + apply      ms  ${summary(fromStart.map((s) => s.totalMs))}`);
    console.log(
      `  bytes per seek          mean ${kb(mean(fromStart.map((s) => s.bytes)))}  p95 ${kb(p95(fromStart.map((s) => s.bytes)))}`,
    );
    console.log(
      `  ratio (from start / keyframes): server + apply p95 ${(p95(fromStart.map((s) => s.totalMs)) / p95(keyed.map((s) => s.totalMs))).toFixed(1)}x, ` +
        `bytes ${(mean(fromStart.map((s) => s.bytes)) / mean(keyed.map((s) => s.bytes))).toFixed(1)}x`,
    );

    // --- the page: first frame, PNG export, report ---
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await page.goto(`${stack.baseUrl}/signin`);
      await page.fill("#email", interviewer.email);
      await page.fill("#password", interviewer.password);
      await Promise.all([page.waitForURL("**/dashboard"), page.click("button[type=submit]")]);
      const firstFrames: number[] = [];
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        await page.goto(`${stack.baseUrl}/sessions/${session.id}/replay`);
        // The first frame is the final board at the camera the page opens with: the board at
        // the last sequence with at least one of its shapes drawn in the viewport (tldraw
        // hides the shapes outside it, so the first in the DOM may be one of those).
        await page
          .locator(`[data-testid="replay-board"][data-seq="${manifest.lastSeq}"] .tl-shape`)
          .filter({ visible: true })
          .first()
          .waitFor({ timeout: 60_000 });
        firstFrames.push(performance.now() - t0);
      }
      console.log(
        `[${load()}] Replay page, navigation to the final board drawn: ${firstFrames.map((ms) => ms.toFixed(0)).join(", ")} ms (cold, then warm cache twice)`,
      );
      const t1 = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Export PNG" }).click(),
      ]);
      await download.path();
      console.log(
        `[${load()}] PNG export of the final board: ${(performance.now() - t1).toFixed(0)} ms (${kb(readFileSync(await download.path()).length)})`,
      );
    } finally {
      await browser.close();
    }
    const reportTimes: number[] = [];
    for (let i = 0; i < 5; i++) reportTimes.push((await getRaw(`${base}/report`, cookie)).ms);
    console.log(`[${load()}] Markdown report: ${summary(reportTimes)} ms`);

    // --- 20 replays streaming at once: each plays the whole history chunk by chunk ---
    const pid = serverPid(stack.web);
    const before = rssBytes(pid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssBytes(pid));
    }, 100);
    const t2 = performance.now();
    await Promise.all(
      Array.from({ length: STREAMS }, async () => {
        await getRaw(base, cookie);
        for (const range of chunksBetween(0, manifest.lastSeq, manifest.lastSeq))
          await getRaw(`${base}/history/${range.from}-${range.to}`, cookie);
      }),
    );
    clearInterval(sampler);
    console.log(
      `[${load()}] ${STREAMS} replays streaming the whole history at once: ${((performance.now() - t2) / 1000).toFixed(1)} s, ` +
        `web server RSS ${(before / 2 ** 20).toFixed(0)} MB before, peak ${(peak / 2 ** 20).toFixed(0)} MB`,
    );
  } finally {
    await stack.stop();
  }
}

await main();
// The servers are stopped and every figure printed; what still holds the event loop (timers
// of the tldraw store that seeded the board, kept-alive sockets) would keep the run open for good.
process.exit(0);
