// Starts Mockboard on embedded defaults: its own Postgres (unless DATABASE_URL is set),
// migrations and seed, a LiveKit server on loopback (unless LIVEKIT_URL, LIVEKIT_API_KEY and
// LIVEKIT_API_SECRET are set), the collab server and the web app. Ctrl-C stops everything.
// With --cluster (`npm run cluster`): the same behind nginx, two nodes of each tier (web,
// collab, LiveKit on Redis), on the same ports (packages/devkit/src/cluster.ts).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { migrateDatabase } from "@mockboard/db/migrate";
import { type Cluster, startCluster } from "@mockboard/devkit/cluster";
import { type LivekitHandle, startLivekit } from "@mockboard/devkit/livekit";
import { freePort } from "@mockboard/devkit/ports";
import { createDatabase, type PostgresHandle, startPostgres } from "@mockboard/devkit/postgres";
import { portInUse, type Service, startService, waitForHttp } from "@mockboard/devkit/processes";
import { startWebServer } from "@mockboard/devkit/web-server";

const root = resolve(import.meta.dirname, "..");
const dataDir = join(root, ".data");
const pidFile = join(dataDir, "mockboard.pid");
const WEB_PORT = Number(process.env.PORT ?? 3000);
const PG_PORT = Number(process.env.MOCKBOARD_PG_PORT ?? 54329);
const COLLAB_PORT = Number(process.env.COLLAB_PORT ?? 1234);
const LIVEKIT_PORT = Number(process.env.LIVEKIT_PORT ?? 7880);
const CLUSTER = process.argv.includes("--cluster");

function log(message: string) {
  console.log(`mockboard│ ${message}`);
}

function fail(message: string): never {
  console.error(`mockboard│ ✗ ${message}`);
  process.exit(1);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Secrets generated once and kept in .data so sessions survive restarts. */
function localSecrets(): Record<string, string> {
  const file = join(dataDir, "secrets.json");
  const secrets: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  let changed = false;
  for (const name of ["NEXTAUTH_SECRET", "BOARD_TOKEN_SECRET", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"]) {
    if (!secrets[name]) {
      secrets[name] = randomBytes(32).toString("base64url");
      changed = true;
    }
  }
  if (changed) writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * The collab server's internal metrics port: COLLAB_METRICS_PORT, else its default 1235
 * when free, else any free port, so a second stack on this host does not share one.
 */
async function collabMetricsPort(): Promise<number> {
  const chosen = process.env.COLLAB_METRICS_PORT
    ? Number(process.env.COLLAB_METRICS_PORT)
    : (await portInUse(1235))
      ? await freePort()
      : 1235;
  log(`collab metrics on 127.0.0.1:${chosen} (GET /metrics)`);
  return chosen;
}

async function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root) {
  const service = startService("build", command, args, { cwd, env });
  const code = await service.exited;
  if (code !== 0) fail(`${command} ${args.join(" ")} failed (exit ${code})`);
}

type LivekitEnv = Pick<NodeJS.ProcessEnv, "LIVEKIT_URL" | "LIVEKIT_API_KEY" | "LIVEKIT_API_SECRET">;

/**
 * Video for the web app: the LiveKit server named by LIVEKIT_URL, LIVEKIT_API_KEY and
 * LIVEKIT_API_SECRET when all three are set, else one started here on loopback (built once
 * into .tools/, keys from .data/secrets.json). When none can be had, the three stay unset:
 * the room works without video and says why.
 */
async function startVideo(secrets: Record<string, string>): Promise<LivekitEnv> {
  const { LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET } = process.env;
  if (LIVEKIT_URL && LIVEKIT_API_KEY && LIVEKIT_API_SECRET) {
    log(`using the LiveKit server at LIVEKIT_URL (${LIVEKIT_URL})`);
    return { LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET };
  }
  if (LIVEKIT_URL || LIVEKIT_API_KEY || LIVEKIT_API_SECRET)
    log("LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET work only together; starting the local LiveKit");
  log(`starting LiveKit on 127.0.0.1:${LIVEKIT_PORT}`);
  try {
    livekit = await startLivekit({
      port: LIVEKIT_PORT,
      apiKey: secrets.LIVEKIT_API_KEY,
      apiSecret: secrets.LIVEKIT_API_SECRET,
      dataDir: join(dataDir, "livekit"),
      // Joins, leaves and track publications land on the session's timeline.
      webhookUrls: [`http://127.0.0.1:${WEB_PORT}/api/livekit/webhook`],
      // Its info lines ("high cpu load" every minute) would drown the stack's own output.
      logLevel: "warn",
    });
  } catch (error) {
    console.warn(
      `mockboard│ ⚠ no video: ${(error as Error).message}\n` +
        "mockboard│ ⚠ everything else works; the room says video is off. To use another LiveKit server, " +
        "set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET",
    );
    return { LIVEKIT_URL: undefined, LIVEKIT_API_KEY: undefined, LIVEKIT_API_SECRET: undefined };
  }
  // Browsers connect to it; the server binds 127.0.0.1 only.
  return {
    LIVEKIT_URL: `ws://localhost:${livekit.port}`,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
  };
}

mkdirSync(dataDir, { recursive: true });
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  if (pid && isAlive(pid)) fail(`Mockboard already runs (pid ${pid}) on http://localhost:${WEB_PORT}`);
  rmSync(pidFile);
}
if (await portInUse(WEB_PORT)) fail(`port ${WEB_PORT} is in use; stop what runs there or set PORT`);
if (await portInUse(COLLAB_PORT))
  fail(`port ${COLLAB_PORT} is in use; stop what runs there or set COLLAB_PORT`);
writeFileSync(pidFile, String(process.pid));

const services: Service[] = [];
let postgres: PostgresHandle | undefined;
let livekit: LivekitHandle | undefined;
let cluster: Cluster | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log("stopping…");
  await Promise.all(services.map((service) => service.stop()));
  await livekit?.stop();
  await cluster?.stop();
  await postgres?.stop();
  rmSync(pidFile, { force: true });
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    log(`starting embedded Postgres on 127.0.0.1:${PG_PORT} (data in .data/postgres)`);
    postgres = await startPostgres({ dataDir: join(dataDir, "postgres"), port: PG_PORT, persistent: true });
    await createDatabase(postgres.adminUrl, "mockboard");
    databaseUrl = postgres.urlFor("mockboard");
  } else {
    log("using DATABASE_URL");
  }
  const video = CLUSTER ? {} : await startVideo(localSecrets());
  // Before anything imports @prisma/client: a fresh clone has no generated client, and a
  // pulled schema change needs a new one. Generation is offline (WebAssembly), a few seconds.
  log("generating the Prisma client");
  await run("turbo", ["run", "db:generate", "--filter=@mockboard/db", "--output-logs=errors-only"], {});
  log("applying migrations");
  await migrateDatabase(databaseUrl);
  log("seeding prompt bank and demo accounts");
  // Demo mode: the seed adds the demo accounts only when asked (never in the production image).
  await run("tsx", ["prisma/seed.ts"], { DATABASE_URL: databaseUrl, MOCKBOARD_DEMO: "1" });

  const env = {
    ...localSecrets(),
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    MOCKBOARD_DEMO: "1",
  };
  log("building the web app (cached after the first run)");
  await run("turbo", ["run", "build", "--filter=@mockboard/web", "--output-logs=errors-only"], env);

  if (CLUSTER) {
    const secrets = localSecrets();
    log("starting the cluster: nginx, 2 web, 2 collab, 2 LiveKit nodes and Redis");
    cluster = await startCluster({
      root,
      databaseUrl,
      env: {
        NEXTAUTH_SECRET: secrets.NEXTAUTH_SECRET ?? "",
        BOARD_TOKEN_SECRET: secrets.BOARD_TOKEN_SECRET ?? "",
        LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
        MOCKBOARD_DEMO: "1",
      },
      livekitKeys: { apiKey: secrets.LIVEKIT_API_KEY ?? "", apiSecret: secrets.LIVEKIT_API_SECRET ?? "" },
      ports: { web: WEB_PORT, collab: COLLAB_PORT, livekit: LIVEKIT_PORT },
      demo: true,
      quiet: false,
    });
    for (const node of [...cluster.web, ...cluster.collab])
      log(`${node.name} on ${node.address}${node.metricsPort ? ` (metrics on ${node.metricsPort})` : ""}`);
    log(
      `ready: ${cluster.urls.web.replace("127.0.0.1", "localhost")}  (demo: interviewer@mockboard.dev / mockboard-demo)`,
    );
    await new Promise(() => undefined);
  }

  log(`starting the collab server on 127.0.0.1:${COLLAB_PORT}`);
  // `node --import tsx` rather than the tsx CLI: the pid we hold is the server itself.
  const collab = startService("collab", process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: join(root, "apps/collab"),
    env: {
      ...env,
      COLLAB_PORT: String(COLLAB_PORT),
      COLLAB_HOST: "127.0.0.1",
      COLLAB_METRICS_PORT: String(await collabMetricsPort()),
    },
  });
  services.push(collab);
  await waitForHttp(`http://127.0.0.1:${COLLAB_PORT}/health`, 30_000, () => collab.child.exitCode === null);

  const web = startWebServer(root, WEB_PORT, {
    demo: true,
    env: {
      ...env,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${WEB_PORT}`,
      COLLAB_PUBLIC_URL: process.env.COLLAB_PUBLIC_URL ?? `ws://localhost:${COLLAB_PORT}`,
      ...video,
    },
  });
  services.push(web);
  for (const service of services) {
    void service.exited.then((code) => {
      if (!stopping) {
        console.error(`mockboard│ ✗ ${service.name} exited (code ${code}); stopping`);
        void shutdown(1);
      }
    });
  }
  await waitForHttp(`http://127.0.0.1:${WEB_PORT}/api/health`, 90_000);
  log(`ready: http://localhost:${WEB_PORT}  (demo: interviewer@mockboard.dev / mockboard-demo)`);
} catch (error) {
  console.error(`mockboard│ ✗ ${(error as Error).message}`);
  await shutdown(1);
}
