// Stored bytes of the board log, for the collab server's storage quotas. Both sums run
// over every BoardUpdate row (not just those after the newest snapshot): replay keeps
// the whole log, so every stored update counts against a quota. A document's sum also
// counts its snapshots (full copies of the board); a person's counts what they sent.
import pg from "pg";

export interface BoardLogUsage {
  /** Bytes of every stored update and snapshot of `docId`. */
  docBytes(docId: string): Promise<number>;
  /** Bytes of every stored update sent by `userId`, across all documents. */
  userBytes(userId: string): Promise<number>;
  close(): Promise<void>;
}

/** Reads both tables' primary keys ("docId", "seq"). */
export const DOC_BYTES_SQL = `select (
    coalesce((select sum(octet_length("bytes")) from "BoardUpdate" where "docId" = $1), 0)
    + coalesce((select sum(octet_length("state")) from "BoardSnapshot" where "docId" = $1), 0)
  )::bigint as "bytes"`;
/** Reads the "userId" index: one person's rows, not the whole log. */
export const USER_BYTES_SQL = `select sum(octet_length("bytes"))::bigint as "bytes" from "BoardUpdate" where "userId" = $1`;

export interface BoardLogUsageOptions {
  maxConnections?: number;
}

export function createBoardLogUsage(
  connectionString: string,
  options: BoardLogUsageOptions = {},
): BoardLogUsage {
  // Its own small pool: a slow sum never queues in front of appends or room loads.
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 2 });
  pool.on("error", () => undefined);

  async function sum(text: string, value: string): Promise<number> {
    // bigint comes back as a string; quotas stay far below 2^53.
    const result = await pool.query<{ bytes: string | null }>(text, [value]);
    return Number(result.rows[0]?.bytes ?? 0);
  }

  return {
    docBytes: (docId) => sum(DOC_BYTES_SQL, docId),
    userBytes: (userId) => sum(USER_BYTES_SQL, userId),
    close: () => pool.end(),
  };
}
