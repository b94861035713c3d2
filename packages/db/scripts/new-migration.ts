// Creates prisma/migrations/<timestamp>_<name>/ from the difference between the
// schema kept beside the newest migration and prisma/schema.prisma. Prisma's JS
// engine cannot run `migrate dev` (nor diff from the migrations: it cannot read
// Postgres' "char" columns back), but it diffs two schema files. Only the newest
// migration keeps that copy; it moves to the new migration, git keeps the old ones. The engine opens a
// connection through the driver adapter even for that, so without DATABASE_URL a
// throwaway embedded Postgres serves it.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "@mockboard/devkit/ports";
import { startPostgres } from "@mockboard/devkit/postgres";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name>");
  process.exit(2);
}
const prismaDir = resolve(import.meta.dirname, "../../../prisma");
const migrationsDir = join(prismaDir, "migrations");
const schema = join(prismaDir, "schema.prisma");
const previous = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1);
const previousSchema = previous ? join(migrationsDir, previous, "schema.prisma") : undefined;
if (previousSchema && !existsSync(previousSchema)) {
  console.error(`${previousSchema} is missing: the newest migration keeps the schema it was made from`);
  process.exit(1);
}
const from = previousSchema ? ["--from-schema-datamodel", previousSchema] : ["--from-empty"];
const scratch = process.env.DATABASE_URL
  ? undefined
  : await startPostgres({
      dataDir: mkdtempSync(join(tmpdir(), "mockboard-migration-")),
      port: await freePort(),
      persistent: false,
    });
const databaseUrl = process.env.DATABASE_URL ?? scratch?.adminUrl;
const sql = execFileSync(
  "prisma",
  ["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
  {
    encoding: "utf8",
    cwd: resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: databaseUrl },
  },
);
await scratch?.stop();
if (previous && !/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
  console.log("schema.prisma matches the newest migration: nothing to do");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join(migrationsDir, `${stamp}_${name}`);
if (existsSync(dir)) throw new Error(`${dir} exists`);
mkdirSync(dir);
writeFileSync(join(dir, "migration.sql"), sql);
copyFileSync(schema, join(dir, "schema.prisma"));
if (previousSchema) rmSync(previousSchema);
console.log(
  `wrote ${dir}/migration.sql — review it, add raw SQL (triggers, checks) below the generated part`,
);
