// The board history a replay reads: the log's index, its update ranges and its keyframes.
// On node-postgres rather than Prisma, like the collab server's board log: Prisma's client
// maps every bytea it returns at a cost that grows with its size (a 107 KB keyframe took
// 31-41 ms through Prisma and 4-8 ms here on the same loaded machine; a chunk of 256
// updates 9-28 ms against 4-5 ms), and these bytes are the whole of a seek.
import pg from "pg";

/** One update of the board log without its bytes: what the replay's timeline is built from. */
export interface BoardIndexEntry {
  seq: number;
  at: Date;
  userId: string | null;
}

export interface BoardHistoryUpdate {
  seq: number;
  at: Date;
  bytes: Uint8Array;
}

export interface BoardHistory {
  /** Every update of a board in seq order, without bytes (a 20,000-update log is a few hundred KB). */
  index(docId: string): Promise<BoardIndexEntry[]>;
  /** The board's snapshots, each the merged state up to its seq: the replay's keyframes. */
  keyframes(docId: string): Promise<{ seq: number; at: Date }[]>;
  /**
   * The updates with `from <= seq <= to` in seq order, and the log's last seq as far as it
   * decides whether `to` ends a chunk: the true last seq when it is at most `to`, else
   * `to + 1`. One statement: the update after the range is read and dropped.
   */
  updates(
    docId: string,
    range: { from: number; to: number },
  ): Promise<{ updates: BoardHistoryUpdate[]; lastSeqUpToNext: number }>;
  /** One keyframe's state, or null when there is none at that seq. */
  keyframe(docId: string, seq: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

export function createBoardHistory(
  connectionString: string,
  options: { maxConnections?: number } = {},
): BoardHistory {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 4 });
  // An idle client that loses its server emits on the pool; without a listener that would
  // crash the process. The next query gets a fresh connection.
  pool.on("error", () => undefined);

  return {
    async index(docId) {
      const result = await pool.query<BoardIndexEntry>(
        `select "seq", "at", "userId" from "BoardUpdate" where "docId" = $1 order by "seq"`,
        [docId],
      );
      return result.rows;
    },
    async keyframes(docId) {
      const result = await pool.query<{ seq: number; at: Date }>(
        `select "seq", "at" from "BoardSnapshot" where "docId" = $1 order by "seq"`,
        [docId],
      );
      return result.rows;
    },
    async updates(docId, range) {
      const result = await pool.query<BoardHistoryUpdate>(
        `select "seq", "at", "bytes" from "BoardUpdate"
         where "docId" = $1 and "seq" >= $2 and "seq" <= $3 order by "seq"`,
        [docId, range.from, range.to + 1],
      );
      const rows = result.rows;
      const lastSeqUpToNext = rows.at(-1)?.seq ?? 0;
      return { updates: lastSeqUpToNext > range.to ? rows.slice(0, -1) : rows, lastSeqUpToNext };
    },
    async keyframe(docId, seq) {
      const result = await pool.query<{ state: Uint8Array }>(
        `select "state" from "BoardSnapshot" where "docId" = $1 and "seq" = $2`,
        [docId, seq],
      );
      return result.rows[0]?.state ?? null;
    },
    close: () => pool.end(),
  };
}
