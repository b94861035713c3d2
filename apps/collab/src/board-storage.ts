// The collab server's database clients: the board log (appends, loads, snapshots) and the
// stored-bytes sums the quotas read, each with its own small pool.
import {
  type BoardLog,
  type BoardLogUsage,
  createBoardLog,
  createBoardLogUsage,
} from "@mockboard/db/board-log";

export function createBoardLogFor(databaseUrl: string | undefined, lanes: number): BoardLog {
  if (!databaseUrl) throw new Error("createCollabServer needs databaseUrl or boardLog");
  // One connection per writer lane; loads, snapshots and health checks share the others.
  return createBoardLog(databaseUrl, { appendConnections: lanes, maxConnections: 4 });
}

export function createUsageFor(databaseUrl: string | undefined): BoardLogUsage {
  if (!databaseUrl) throw new Error("createCollabServer needs databaseUrl or boardLogUsage");
  return createBoardLogUsage(databaseUrl, { maxConnections: 2 });
}

/** True when the database answers within two seconds: what both health endpoints report. */
export function checkDatabase(log: BoardLog): Promise<boolean> {
  return Promise.race([
    log.ping().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(resolve, 2000, false).unref()),
  ]);
}
