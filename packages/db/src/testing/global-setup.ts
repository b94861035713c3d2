// Vitest global setup: a real Postgres for the run and a template database with every
// migration applied. Test files clone the template (see test-database.ts), so each
// file gets its own database in milliseconds. scripts/test.sh starts one server for
// the whole run and passes MOCKBOARD_TEST_PG_URL; run alone, this starts its own.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "@mockboard/devkit/ports";
import { type PostgresHandle, startPostgres } from "@mockboard/devkit/postgres";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

function migrationsFingerprint(): string {
  const dir = resolve(import.meta.dirname, "../../../../prisma/migrations");
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).sort()) {
    hash.update(name);
    try {
      hash.update(readFileSync(join(dir, name, "migration.sql")));
    } catch {
      // not a migration folder
    }
  }
  return hash.digest("hex").slice(0, 16);
}

async function ensureTemplate(adminUrl: string): Promise<string> {
  const template = `tpl_${migrationsFingerprint()}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Several packages' test runs may share the server: one builds the template.
    await client.query("select pg_advisory_lock(4242)");
    const found = await client.query("select 1 from pg_database where datname = $1", [template]);
    if (found.rowCount === 0) {
      await client.query(`create database ${template}_build`);
      await migrateDatabase(adminUrl.replace(/\/postgres$/, `/${template}_build`));
      await client.query(`alter database ${template}_build rename to ${template}`);
    }
  } finally {
    await client.query("select pg_advisory_unlock(4242)").catch(() => undefined);
    await client.end();
  }
  return template;
}

export default async function setup(project: TestProject) {
  let server: PostgresHandle | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.MOCKBOARD_TEST_PG_URL;
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), "mockboard-pg-"));
    server = await startPostgres({ dataDir, port: await freePort(), persistent: false });
    adminUrl = server.adminUrl;
  }
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplate", await ensureTemplate(adminUrl));
  return async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
