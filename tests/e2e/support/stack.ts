// Starts the real product for end-to-end tests and benchmarks: embedded Postgres (fresh,
// migrated, seeded), the collab server, a LiveKit server on loopback (video) and the
// production web build, each on a free port. `startStack` is the start-up; the default
// export is vitest's global setup around it.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type LivekitHandle, startLivekit } from "@mockboard/devkit/livekit";
import { freePort } from "@mockboard/devkit/ports";
import { createDatabase, type PostgresHandle, startPostgres } from "@mockboard/devkit/postgres";
import { type Service, startService, waitForHttp } from "@mockboard/devkit/processes";
import { type QueryCounter, startQueryCounter } from "@mockboard/devkit/query-counter";
import { startWebServer } from "@mockboard/devkit/web-server";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    collabUrl: string;
    databaseUrl: string;
    /** The tests' LiveKit server: `url` for browsers, `httpUrl` and the keys for RoomServiceClient. */
    livekit: { url: string; httpUrl: string; apiKey: string; apiSecret: string };
    /** The web app's HEALTH_TOKEN: an operator's bearer token for /api/health's details. */
    healthToken: string;
    /** The environment the web app runs with, for tests that start (and crash) a second one. */
    webEnv: Record<string, string>;
  }
}

const thisCheckout = resolve(import.meta.dirname, "../../..");

export interface StackOptions {
  /** The checkout whose migrations, seed, collab server and web build run; this one by default. */
  root?: string;
  /** Start LiveKit and give the web app its keys (default true). */
  video?: boolean;
  /** Route the web app's database connections through a statement counter. */
  countQueries?: boolean;
  /** Keep the services' output off the console (default true). */
  quiet?: boolean;
}

export interface Stack {
  root: string;
  baseUrl: string;
  collabUrl: string;
  databaseUrl: string;
  healthToken: string;
  webEnv: Record<string, string>;
  livekit: LivekitHandle | null;
  /** The web app's statements, when started with `countQueries`. */
  queries: QueryCounter | null;
  stop(): Promise<void>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const root = options.root ?? thisCheckout;
  const quiet = options.quiet ?? true;
  if (!existsSync(join(root, "apps/web/.next/BUILD_ID")))
    throw new Error(`${root}/apps/web has no production build: run turbo run build --filter=@mockboard/web`);
  const services: Service[] = [];
  let postgres: PostgresHandle | undefined;
  let livekit: LivekitHandle | null = null;
  let queries: QueryCounter | null = null;
  const dataDir = mkdtempSync(join(tmpdir(), "mockboard-stack-pg-"));
  const stop = async () => {
    await Promise.all(services.map((service) => service.stop()));
    await livekit?.stop();
    await queries?.stop();
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    postgres = await startPostgres({ dataDir, port: await freePort(), persistent: false });
    await createDatabase(postgres.adminUrl, "mockboard");
    const databaseUrl = postgres.urlFor("mockboard");
    // The checkout's own migrations, so the schema matches the web build being run.
    const { migrateDatabase } = (await import(
      pathToFileURL(join(root, "packages/db/src/migrate.ts")).href
    )) as typeof import("@mockboard/db/migrate");
    await migrateDatabase(databaseUrl);
    const seed = startService("seed", join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], {
      cwd: root,
      env: { DATABASE_URL: databaseUrl },
      quiet,
    });
    if ((await seed.exited) !== 0) throw new Error("seeding failed");

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
        // Its own internal metrics port: two stacks on one host must not share the default 1235.
        COLLAB_METRICS_PORT: String(await freePort()),
        LOG_LEVEL: "warn",
      },
      quiet,
    });
    services.push(collab);
    await waitForHttp(`http://127.0.0.1:${collabPort}/health`, 30_000, () => collab.child.exitCode === null);
    const webPort = await freePort();
    const baseUrl = `http://127.0.0.1:${webPort}`;
    const healthToken = randomBytes(32).toString("base64url");
    const collabUrl = `ws://127.0.0.1:${collabPort}`;
    // LIVEKIT_SERVER_BIN (npm test sets it) or the binary cached in .tools/; it posts its
    // webhooks to the web app, signed with the same keys the web app mints tokens with.
    if (options.video ?? true)
      livekit = await startLivekit({ webhookUrls: [`${baseUrl}/api/livekit/webhook`], quiet });
    if (options.countQueries) queries = await startQueryCounter(databaseUrl);
    const webEnv: Record<string, string> = {
      ...secrets,
      DATABASE_URL: queries?.url ?? databaseUrl,
      NEXTAUTH_URL: baseUrl,
      COLLAB_PUBLIC_URL: collabUrl,
      ...(livekit
        ? { LIVEKIT_URL: livekit.url, LIVEKIT_API_KEY: livekit.apiKey, LIVEKIT_API_SECRET: livekit.apiSecret }
        : {}),
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      HEALTH_TOKEN: healthToken,
      // As if behind one proxy: the tests play it, each speaking from its own address
      // (X-Forwarded-For), so per-address limits do not leak from one test into the next.
      TRUSTED_PROXY_HOPS: "1",
    };
    const web = startWebServer(root, webPort, { env: webEnv, quiet });
    services.push(web);
    await waitForHttp(`${baseUrl}/api/health`, 60_000, () => web.child.exitCode === null);
    return { root, baseUrl, collabUrl, databaseUrl, healthToken, webEnv, livekit, queries, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startStack({ quiet: process.env.E2E_LOGS !== "1" });
  project.provide("baseUrl", stack.baseUrl);
  project.provide("collabUrl", stack.collabUrl);
  project.provide("databaseUrl", stack.databaseUrl);
  project.provide("healthToken", stack.healthToken);
  project.provide("webEnv", stack.webEnv);
  if (!stack.livekit) throw new Error("the e2e stack runs LiveKit");
  const { url, httpUrl, apiKey, apiSecret } = stack.livekit;
  project.provide("livekit", { url, httpUrl, apiKey, apiSecret });
  return stack.stop;
}
