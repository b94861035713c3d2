import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, "..");

/** Applies pending prisma/migrations to the database at `url` with the Prisma CLI. */
export async function migrateDatabase(url: string): Promise<void> {
  const engineStub = "/usr/bin/true";
  await run(resolve(packageDir, "../../node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: packageDir,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? engineStub,
      PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? engineStub,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
}
