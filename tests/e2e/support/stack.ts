// Starts the real product for end-to-end tests: embedded Postgres (fresh, migrated,
// seeded), the collab server, a LiveKit server on loopback (video) and the production web
// build, each on a free port.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { migrateDatabase } from "@mockboard/db/migrate";
import { startLivekit } from "@mockboard/devkit/livekit";
import { freePort } from "@mockboard/devkit/ports";
import { createDatabase, startPostgres } from "@mockboard/devkit/postgres";
import { type Service, startService, waitForHttp } from "@mockboard/devkit/processes";
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

const root = resolve(import.meta.dirname, "../../..");
const quiet = process.env.E2E_LOGS !== "1";

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), "mockboard-e2e-pg-"));
  const postgres = await startPostgres({ dataDir, port: await freePort(), persistent: false });
  await createDatabase(postgres.adminUrl, "mockboard");
  const databaseUrl = postgres.urlFor("mockboard");
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
  const services: Service[] = [];
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
  const livekit = await startLivekit({ webhookUrls: [`${baseUrl}/api/livekit/webhook`], quiet });
  const webEnv = {
    ...secrets,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: baseUrl,
    COLLAB_PUBLIC_URL: collabUrl,
    LIVEKIT_URL: livekit.url,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
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

  project.provide("baseUrl", baseUrl);
  project.provide("collabUrl", collabUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("healthToken", healthToken);
  project.provide("webEnv", webEnv);
  const { url, httpUrl, apiKey, apiSecret } = livekit;
  project.provide("livekit", { url, httpUrl, apiKey, apiSecret });
  return async () => {
    await Promise.all(services.map((service) => service.stop()));
    await livekit.stop();
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
