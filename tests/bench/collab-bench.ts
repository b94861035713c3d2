// Collab server benchmark: our server (token checks, every update in Postgres before it
// is relayed) against the reference @y/websocket-server 0.1.1 (no auth, no persistence),
// under the same load in one run. Run: tsx tests/bench/collab-bench.ts [--rooms 200]
// [--rate 5] [--seconds 20]. With --nodes N: ours only, as N collab nodes behind nginx
// (packages/devkit/src/cluster.ts), CPU summed over the nodes and shown per node. See
// tests/bench/README.md.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@mockboard/db";
import { migrateDatabase } from "@mockboard/db/migrate";
import { startCluster } from "@mockboard/devkit/cluster";
import { freePort } from "@mockboard/devkit/ports";
import { createDatabase, type PostgresHandle, startPostgres } from "@mockboard/devkit/postgres";
import { startService, waitForHttp } from "@mockboard/devkit/processes";
import { boardSubprotocols, signBoardToken } from "@mockboard/protocol";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

const root = resolve(import.meta.dirname, "../..");
const SECRET = "bench-secret-0123456789-abcdefghijklmnop";
const CLK_TCK = 100; // Linux USER_HZ; /proc/<pid>/stat reports CPU time in these ticks
const KEYS_PER_CLIENT = 20; // records are overwritten in place, like shapes being moved
const OURS = "mockboard collab";
const REFERENCE = "@y/websocket-server 0.1.1";

const { values: flags } = parseArgs({
  options: {
    rooms: { type: "string", default: "200" },
    rounds: { type: "string", default: "3" },
    rate: { type: "string", default: "5" },
    seconds: { type: "string", default: "20" },
    servers: { type: "string", default: "ours,reference" },
    nodes: { type: "string" },
  },
});
/** Collab nodes behind nginx; unset: one node, connected to directly. */
const NODES = flags.nodes === undefined ? null : boundedInt(flags.nodes, 1, 8, "nodes");
const SERVERS = new Set((flags.servers ?? "").split(","));
if ([...SERVERS].some((s) => s !== "ours" && s !== "reference"))
  throw new Error("--servers takes ours,reference");
const ROOMS = boundedInt(flags.rooms, 1, 2000, "rooms");
const RATE = boundedInt(flags.rate, 1, 50, "rate");
const SECONDS = boundedInt(flags.seconds, 1, 300, "seconds");
const ROUNDS = boundedInt(flags.rounds, 1, 20, "rounds");

function boundedInt(value: string | undefined, min: number, max: number, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be an integer in ${min}..${max}`);
  return n;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// --- /proc readings ------------------------------------------------------------------

/** utime+stime (and, with children, cutime+cstime) in seconds. */
function cpuSeconds(pid: number, withReapedChildren = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 2 (comm) may contain spaces; fields after the closing paren are fixed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    const own = (utime ?? 0) + (stime ?? 0);
    return (withReapedChildren ? own + (cutime ?? 0) + (cstime ?? 0) : own) / CLK_TCK;
  } catch {
    return 0;
  }
}

function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return -1;
  }
}

/** A process plus its live children; exited children are in its cutime. */
function treeCpuSeconds(parentPid: number): number {
  let total = cpuSeconds(parentPid, true);
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (Number.isInteger(pid) && parentOf(pid) === parentPid) total += cpuSeconds(pid);
  }
  return total;
}

/** Postmaster plus its live backends. */
function postgresCpuSeconds(postmasterPid: number | null): number {
  return postmasterPid === null ? Number.NaN : treeCpuSeconds(postmasterPid);
}

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

// --- Postgres ----------------------------------------------------------------------------

interface BenchDatabase {
  url: string;
  postmasterPid: number | null;
  stop(): Promise<void>;
}

async function startBenchDatabase(): Promise<BenchDatabase> {
  let handle: PostgresHandle | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.MOCKBOARD_TEST_PG_URL;
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), "mockboard-bench-pg-"));
    handle = await startPostgres({ dataDir, port: await freePort(), persistent: false });
    adminUrl = handle.adminUrl;
  }
  const name = `bench_${Date.now().toString(36)}`;
  await createDatabase(adminUrl, name);
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  await migrateDatabase(url);

  const db = createDb(url, { maxConnections: 1 });
  let postmasterPid: number | null = null;
  try {
    const [row] = await db.$queryRawUnsafe<{ data_directory: string }[]>("show data_directory");
    const pidLine = readFileSync(join(row?.data_directory ?? dataDir ?? "", "postmaster.pid"), "utf8").split(
      "\n",
    )[0];
    postmasterPid = Number(pidLine) || null;
  } catch {
    console.warn("Postgres data directory not readable here: Postgres CPU will not be reported");
  } finally {
    await db.$disconnect();
  }
  return {
    url,
    postmasterPid,
    async stop() {
      await handle?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// --- servers -----------------------------------------------------------------------------

interface BenchServer {
  name: string;
  /** The processes whose CPU counts as the server's (every collab node of a cluster). */
  pids: number[];
  /** nginx in front of a cluster: its CPU is shown apart. */
  proxyPid?: number;
  wsUrl: string;
  authenticated: boolean;
  /** Our server's GET /metrics on its internal port (COLLAB_METRICS_PORT), one per node, read after the run. */
  metricsUrls: string[];
  stop(): Promise<void>;
}

async function startOurs(databaseUrl: string): Promise<BenchServer> {
  const port = await freePort();
  // Metrics live on an internal port (the public one answers /metrics with 404).
  const metricsPort = await freePort();
  // node --import tsx, not the tsx CLI: the pid we measure must be the server itself.
  const service = startService("collab", process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: join(root, "apps/collab"),
    env: {
      DATABASE_URL: databaseUrl,
      BOARD_TOKEN_SECRET: SECRET,
      COLLAB_PORT: String(port),
      COLLAB_HOST: "127.0.0.1",
      COLLAB_METRICS_PORT: String(metricsPort),
      COLLAB_METRICS_HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
    },
  });
  await waitForHttp(`http://127.0.0.1:${port}/health`, 30_000, () => service.child.exitCode === null);
  return {
    name: OURS,
    pids: [service.child.pid ?? 0],
    wsUrl: `ws://127.0.0.1:${port}`,
    authenticated: true,
    metricsUrls: [`http://127.0.0.1:${metricsPort}/metrics`],
    stop: () => service.stop("SIGTERM"),
  };
}

async function startOursBehindNginx(databaseUrl: string, nodes: number): Promise<BenchServer> {
  const cluster = await startCluster({
    root,
    databaseUrl,
    env: { BOARD_TOKEN_SECRET: SECRET, LOG_LEVEL: "warn" },
    webNodes: 0,
    livekitNodes: 0,
    collabNodes: nodes,
    publicHost: "127.0.0.1",
  });
  return {
    name: `${OURS} x${nodes} behind nginx`,
    pids: cluster.collab.map((node) => node.service?.child.pid ?? 0),
    proxyPid: cluster.nginx.pid,
    wsUrl: cluster.urls.collab,
    authenticated: true,
    metricsUrls: cluster.collab.map((node) => `http://127.0.0.1:${node.metricsPort}/metrics`),
    stop: () => cluster.stop(),
  };
}

async function startReference(): Promise<BenchServer> {
  const port = await freePort();
  const service = startService(
    "yws-ref",
    process.execPath,
    [join(root, "node_modules/@y/websocket-server/src/server.js")],
    {
      env: { HOST: "127.0.0.1", PORT: String(port) },
      quiet: true,
    },
  );
  await waitForHttp(`http://127.0.0.1:${port}/`, 30_000, () => service.child.exitCode === null);
  return {
    name: "@y/websocket-server 0.1.1",
    pids: [service.child.pid ?? 0],
    wsUrl: `ws://127.0.0.1:${port}`,
    authenticated: false,
    metricsUrls: [],
    stop: () => service.stop("SIGTERM"),
  };
}

// --- load --------------------------------------------------------------------------------

interface Sample {
  t: number;
  n: number;
  from: number;
}

interface RunResult {
  name: string;
  round: number;
  latencies: Float64Array;
  sent: number;
  delivered: number;
  cpuSeconds: number;
  /** Each node's share of cpuSeconds. */
  cpuSecondsPerNode: number[];
  proxyCpuSeconds: number;
  postgresCpuSeconds: number;
  rssPerRoomBytes: number;
  clientCpuSeconds: number;
}

async function runLoad(
  server: BenchServer,
  docPrefix: string,
  postmasterPid: number | null,
): Promise<Omit<RunResult, "round">> {
  const { pids } = server;
  if (pids.some((pid) => !pid)) throw new Error(`${server.name} has no pid`);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  await sleep(1000);
  const rssBefore = sum(pids.map((pid) => rssBytes(pid)));

  const clients: Array<{ provider: WebsocketProvider; doc: Y.Doc; map: Y.Map<Sample>; index: number }> = [];
  const latencies: number[] = [];
  let delivered = 0;
  let sent = 0;

  for (let start = 0; start < ROOMS; start += 50) {
    const batch: Promise<void>[] = [];
    for (let room = start; room < Math.min(ROOMS, start + 50); room++) {
      const docId = `${docPrefix}-${room}`;
      const token = server.authenticated
        ? await signBoardToken(SECRET, {
            sub: `u${room}`,
            doc: docId,
            role: "editor",
            name: "Bench",
            color: "#1971c2",
          })
        : "";
      for (let side = 0; side < 2; side++) {
        const doc = new Y.Doc();
        const provider = new WebsocketProvider(server.wsUrl, docId, doc, {
          // As the board does: the token in the websocket subprotocol, never in the URL.
          protocols: server.authenticated ? boardSubprotocols(token) : [],
          WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
          // BroadcastChannel works inside one Node process and would bypass the server.
          disableBc: true,
        });
        const map = doc.getMap<Sample>("shapes");
        const index = room * 2 + side;
        map.observe((event, transaction) => {
          if (transaction.local) return;
          const now = performance.now();
          for (const key of event.keysChanged) {
            const sample = map.get(key);
            if (sample && sample.from !== index) {
              latencies.push(now - sample.t);
              delivered++;
            }
          }
        });
        clients.push({ provider, doc, map, index });
        batch.push(
          new Promise<void>((resolveSynced, reject) => {
            const timer = setTimeout(() => reject(new Error(`${docId} did not sync in 30 s`)), 30_000);
            provider.once("sync", () => {
              clearTimeout(timer);
              resolveSynced();
            });
          }),
        );
      }
    }
    await Promise.all(batch);
  }
  await sleep(2000);

  const cpuBefore = pids.map((pid) => cpuSeconds(pid));
  const proxyBefore = server.proxyPid ? treeCpuSeconds(server.proxyPid) : 0;
  const pgBefore = postgresCpuSeconds(postmasterPid);
  const clientBefore = process.cpuUsage();
  const intervalMs = 1000 / RATE;
  const stopAt = performance.now() + SECONDS * 1000;
  const timers: NodeJS.Timeout[] = [];
  for (const client of clients) {
    let n = 0;
    // Spread the clients over the interval so the load is steady, not in bursts.
    const first = setTimeout(() => {
      const tick = () => {
        if (performance.now() >= stopAt) return;
        client.map.set(`k${client.index}-${n % KEYS_PER_CLIENT}`, {
          t: performance.now(),
          n,
          from: client.index,
        });
        n++;
        sent++;
      };
      tick();
      timers.push(setInterval(tick, intervalMs));
    }, Math.random() * intervalMs);
    timers.push(first);
  }
  await sleep(SECONDS * 1000 + 100);
  for (const timer of timers) clearInterval(timer);
  const drainDeadline = performance.now() + 10_000;
  while (delivered < sent && performance.now() < drainDeadline) await sleep(50);
  await sleep(200);

  const cpuAfter = pids.map((pid) => cpuSeconds(pid));
  const proxyAfter = server.proxyPid ? treeCpuSeconds(server.proxyPid) : 0;
  const pgAfter = postgresCpuSeconds(postmasterPid);
  const client = process.cpuUsage(clientBefore);
  const rssAfter = sum(pids.map((pid) => rssBytes(pid)));
  for (const metricsUrl of server.metricsUrls) {
    const metrics = (await (await fetch(metricsUrl)).json()) as {
      updatesTotal: number;
      snapshotsTotal: number;
      persistence: { appendLatencyMs: { p50: number; p95: number; p99: number }; commitsTotal: number };
      eventLoopDelayMs: { p99: number; max: number };
    };
    const { appendLatencyMs, commitsTotal } = metrics.persistence;
    console.log(
      `  ${server.name}: append latency p50 ${appendLatencyMs.p50} ms, p95 ${appendLatencyMs.p95} ms, p99 ${appendLatencyMs.p99} ms; ` +
        `${(metrics.updatesTotal / Math.max(1, commitsTotal)).toFixed(1)} updates per group commit; ` +
        `${metrics.snapshotsTotal} snapshots; event loop delay p99 ${metrics.eventLoopDelayMs.p99} ms, ` +
        `max ${metrics.eventLoopDelayMs.max} ms`,
    );
  }
  for (const c of clients) {
    c.provider.destroy();
    c.doc.destroy();
  }
  await sleep(500);
  return {
    name: server.name,
    latencies: Float64Array.from(latencies).sort(),
    sent,
    delivered,
    cpuSeconds: sum(cpuAfter) - sum(cpuBefore),
    cpuSecondsPerNode: cpuAfter.map((after, i) => after - (cpuBefore[i] ?? 0)),
    proxyCpuSeconds: proxyAfter - proxyBefore,
    postgresCpuSeconds: pgAfter - pgBefore,
    rssPerRoomBytes: (rssAfter - rssBefore) / ROOMS,
    clientCpuSeconds: (client.user + client.system) / 1e6,
  };
}

// --- report ------------------------------------------------------------------------------

const percentile = (sorted: Float64Array, p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

function row(cells: string[], widths: number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join(" | ");
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** The figures compared across servers, for one run. */
function figures(r: RunResult) {
  return {
    p50: percentile(r.latencies, 50),
    p95: percentile(r.latencies, 95),
    p99: percentile(r.latencies, 99),
    cpuPerK: (r.cpuSeconds / r.sent) * 1000,
    pgCpuPerK: (r.postgresCpuSeconds / r.sent) * 1000,
    rssPerRoomKb: r.rssPerRoomBytes / 1024,
  };
}
type Figures = ReturnType<typeof figures>;

function medianFigures(runs: RunResult[]): Figures {
  const all = runs.map(figures);
  const pick = (key: keyof Figures) => median(all.map((f) => f[key]));
  return {
    p50: pick("p50"),
    p95: pick("p95"),
    p99: pick("p99"),
    cpuPerK: pick("cpuPerK"),
    pgCpuPerK: pick("pgCpuPerK"),
    rssPerRoomKb: pick("rssPerRoomKb"),
  };
}

function report(results: RunResult[], persisted: number): void {
  const headers = [
    "server",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "CPU s/1k upd",
    "PG CPU s/1k upd",
    "RSS/room KB",
    "delivered",
    "lost",
  ];
  const widths = [32, 7, 7, 7, 12, 15, 11, 11, 6];
  const cells = (label: string, f: Figures, delivered: string, lost: string) => [
    label,
    f.p50.toFixed(2),
    f.p95.toFixed(2),
    f.p99.toFixed(2),
    f.cpuPerK.toFixed(3),
    Number.isNaN(f.pgCpuPerK) ? "n/a" : f.pgCpuPerK.toFixed(3),
    f.rssPerRoomKb.toFixed(1),
    delivered,
    lost,
  ];
  const rule = widths.map((w) => "-".repeat(w)).join("-|-");
  console.log(`\n${ROOMS} rooms x 2 clients x ${RATE} updates/s for ${SECONDS} s, ${ROUNDS} round(s)`);
  console.log(row(headers, widths));
  console.log(rule);
  for (const r of results) {
    console.log(
      row(
        cells(`${r.name} #${r.round}`, figures(r), `${r.delivered}/${r.sent}`, String(r.sent - r.delivered)),
        widths,
      ),
    );
  }
  const byServer = [...new Set(results.map((r) => r.name))].map((name) => ({
    name,
    runs: results.filter((r) => r.name === name),
  }));
  console.log(rule);
  for (const { name, runs } of byServer) {
    const delivered = runs.reduce((n, r) => n + r.delivered, 0);
    const sent = runs.reduce((n, r) => n + r.sent, 0);
    console.log(row(cells(`${name} median`, medianFigures(runs), "", String(sent - delivered)), widths));
  }

  const oursRuns = results.filter((r) => r.name.startsWith(OURS));
  const referenceRuns = results.filter((r) => r.name === REFERENCE);
  const oursSent = oursRuns.reduce((n, r) => n + r.sent, 0);
  if (oursRuns.length) console.log(`\nupdates persisted by ours: ${persisted}/${oursSent}`);
  for (const r of results.filter((each) => each.cpuSecondsPerNode.length > 1 || each.proxyCpuSeconds > 0)) {
    const perK = (seconds: number) => ((seconds / r.sent) * 1000).toFixed(3);
    console.log(
      `  ${r.name} #${r.round}: CPU s/1k upd per node ${r.cpuSecondsPerNode.map(perK).join(", ")}; nginx ${perK(r.proxyCpuSeconds)}`,
    );
  }
  if (!oursRuns.length || !referenceRuns.length) return;
  const ours = medianFigures(oursRuns);
  const reference = medianFigures(referenceRuns);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
  const p99Ratio = ratio(ours.p99, reference.p99);
  const cpuRatio = ratio(ours.cpuPerK, reference.cpuPerK);
  console.log("\nours / reference (medians)");
  console.log(`  p50 latency   ${ratio(ours.p50, reference.p50).toFixed(2)}`);
  console.log(`  p99 latency   ${p99Ratio.toFixed(2)}   (goal <= 1.00: ${p99Ratio <= 1 ? "met" : "missed"})`);
  console.log(
    `  CPU / update  ${cpuRatio.toFixed(2)}   (goal <= 1.30: ${cpuRatio <= 1.3 ? "met" : "missed"})`,
  );
  console.log(`  RSS / room    ${ratio(ours.rssPerRoomKb, reference.rssPerRoomKb).toFixed(2)}`);
  const clientCpu = (runs: RunResult[]) => median(runs.map((r) => r.clientCpuSeconds)).toFixed(1);
  console.log(
    `bench client CPU per run: ours ${clientCpu(oursRuns)} s, reference ${clientCpu(referenceRuns)} s`,
  );
}

// --- main --------------------------------------------------------------------------------

async function main(): Promise<void> {
  // Every provider adds a process 'exit' listener.
  process.setMaxListeners(0);
  const database = await startBenchDatabase();
  const servers: BenchServer[] = [];
  const cleanUp = async () => {
    for (const server of servers) await server.stop();
    await database.stop();
  };
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
  try {
    const results: RunResult[] = [];
    const prefix = `bench${Date.now().toString(36)}`;
    // Rounds alternate the servers, so a noisy minute on the machine hits both sides.
    for (let round = 1; round <= ROUNDS; round++) {
      if (SERVERS.has("ours") || NODES !== null) {
        const ours =
          NODES === null ? await startOurs(database.url) : await startOursBehindNginx(database.url, NODES);
        servers.push(ours);
        console.log(`round ${round}: running ${ours.name}...`);
        results.push({ ...(await runLoad(ours, `${prefix}-r${round}`, database.postmasterPid)), round });
        await ours.stop();
        servers.splice(servers.indexOf(ours), 1);
      }
      if (SERVERS.has("reference") && NODES === null) {
        const reference = await startReference();
        servers.push(reference);
        console.log(`round ${round}: running ${reference.name}...`);
        results.push({
          ...(await runLoad(reference, `ref${prefix}-r${round}`, database.postmasterPid)),
          round,
        });
        await reference.stop();
        servers.splice(servers.indexOf(reference), 1);
      }
    }

    const db = createDb(database.url, { maxConnections: 1 });
    const persisted = await db.boardUpdate.count({ where: { docId: { startsWith: `${prefix}-` } } });
    await db.$disconnect();
    report(results, persisted);
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
