// The board log: an append-only list of Yjs updates per document (BoardUpdate) plus
// periodic merged states (BoardSnapshot). The collab server's rooms are the single
// writer of each document's log, so seqs are assigned in memory and written here
// without locks; a duplicate (docId, seq) means two writers and is reported, never
// silently merged. This sits on node-postgres rather than Prisma because it is the
// collab server's hot path: one multi-row INSERT per group commit, bytes sent binary.
import pg from "pg";

export { type BoardLogUsage, type BoardLogUsageOptions, createBoardLogUsage } from "./usage";

export interface BoardUpdateInput {
  docId: string;
  seq: number;
  /** The token subject of the editor who sent the update. */
  userId: string | null;
  bytes: Uint8Array;
  /** Server receive time, epoch milliseconds. */
  at: number;
}

export interface StoredBoardUpdate {
  seq: number;
  at: Date;
  userId: string | null;
  bytes: Uint8Array;
}

export interface StoredBoardDoc {
  snapshot: { seq: number; state: Uint8Array } | null;
  /** Updates after the snapshot (or all of them), in seq order. */
  updates: { seq: number; bytes: Uint8Array }[];
  /** The highest seq in the log or in a snapshot; 0 for a new document. */
  lastSeq: number;
}

/** A stored snapshot, with what the retention rule weighs it against. */
export interface StoredSnapshotSize {
  seq: number;
  /** Bytes of the snapshot itself. */
  bytes: number;
  /** Bytes of every update up to and including its seq. */
  logBytesUpTo: number;
}

export interface BoardLog {
  /**
   * Appends rows in one statement (so one transaction and one WAL flush). Rows of the
   * same document must carry consecutive ascending seqs. Throws BoardLogConflictError
   * when a (docId, seq) already exists; then nothing of the batch was stored.
   */
  appendUpdates(rows: readonly BoardUpdateInput[]): Promise<void>;
  /** Latest snapshot plus every later update: what a room needs to come back. */
  loadDoc(docId: string): Promise<StoredBoardDoc>;
  /** Idempotent: a second snapshot at the same seq is the same state and is ignored. */
  writeSnapshot(docId: string, seq: number, state: Uint8Array): Promise<void>;
  /** Every snapshot of `docId` in seq order, with its size and the log's size up to it. */
  listSnapshots(docId: string): Promise<StoredSnapshotSize[]>;
  /** Deletes the snapshots of `docId` at `seqs`; returns the bytes freed. */
  deleteSnapshots(docId: string, seqs: readonly number[]): Promise<number>;
  lastSeq(docId: string): Promise<number>;
  /** Updates with from <= at < to, in seq order (for replay). */
  listUpdates(docId: string, range: { from: Date; to: Date }): Promise<StoredBoardUpdate[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Two writers produced the same (docId, seq): the document's log is contended. */
export class BoardLogConflictError extends Error {
  constructor(detail: string) {
    super(`board log conflict: ${detail}`);
    this.name = "BoardLogConflictError";
  }
}

/** Postgres caps bind parameters at 65535; five per row. */
export const MAX_APPEND_ROWS = 10_000;
const COLUMNS_PER_ROW = 5;
const UNIQUE_VIOLATION = "23505";

function assertConsecutive(rows: readonly BoardUpdateInput[]): void {
  const lastSeqByDoc = new Map<string, number>();
  for (const row of rows) {
    if (!Number.isInteger(row.seq) || row.seq < 1)
      throw new RangeError(`invalid seq ${row.seq} for ${row.docId}`);
    const previous = lastSeqByDoc.get(row.docId);
    if (previous !== undefined && row.seq !== previous + 1) {
      throw new RangeError(`seqs of ${row.docId} are not consecutive: ${previous} then ${row.seq}`);
    }
    lastSeqByDoc.set(row.docId, row.seq);
  }
}

/** Batches up to this size run as named prepared statements (parsed and planned once per connection). */
const PREPARED_MAX_ROWS = 64;

// The statement only depends on the row count; caching it saves building a long string
// on every group commit, and naming it lets Postgres skip parse and plan.
const insertByRowCount = new Map<number, { name?: string; text: string }>();
function insertStatement(rowCount: number): { name?: string; text: string } {
  let statement = insertByRowCount.get(rowCount);
  if (statement === undefined) {
    const tuples: string[] = [];
    for (let row = 0; row < rowCount; row++) {
      const p = row * COLUMNS_PER_ROW;
      tuples.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, to_timestamp($${p + 5}::float8 / 1000))`);
    }
    const text = `insert into "BoardUpdate" ("docId", "seq", "userId", "bytes", "at") values ${tuples.join(", ")}`;
    statement = rowCount <= PREPARED_MAX_ROWS ? { name: `board_log_append_${rowCount}`, text } : { text };
    if (rowCount <= 1024) insertByRowCount.set(rowCount, statement);
  }
  return statement;
}

function isUniqueViolation(error: unknown): error is Error & { detail?: string } {
  return error instanceof Error && (error as { code?: string }).code === UNIQUE_VIOLATION;
}

/** pg returns bytea as Buffer; callers get plain bytes. */
function bytesOf(value: Buffer): Uint8Array {
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

export interface BoardLogOptions {
  /** Connections reserved for appendUpdates (one per concurrent group commit). */
  appendConnections?: number;
  /** Connections for everything else: loads, snapshots, reads, pings. */
  maxConnections?: number;
}

export function createBoardLog(connectionString: string, options: BoardLogOptions = {}): BoardLog {
  // Appends get their own pool so a burst of snapshot writes or room loads never queues
  // in front of the hot path.
  const appendPool = new pg.Pool({ connectionString, max: options.appendConnections ?? 2 });
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 4 });
  // An idle client that loses its server emits on the pool; without a listener that
  // would crash the process. The next query simply gets a fresh connection.
  appendPool.on("error", () => undefined);
  pool.on("error", () => undefined);

  return {
    async appendUpdates(rows) {
      if (rows.length === 0) return;
      if (rows.length > MAX_APPEND_ROWS) throw new RangeError(`at most ${MAX_APPEND_ROWS} rows per append`);
      assertConsecutive(rows);
      const values: unknown[] = new Array(rows.length * COLUMNS_PER_ROW);
      let i = 0;
      for (const row of rows) {
        values[i++] = row.docId;
        values[i++] = row.seq;
        values[i++] = row.userId;
        values[i++] = row.bytes;
        values[i++] = row.at;
      }
      try {
        await appendPool.query({ ...insertStatement(rows.length), values });
      } catch (error) {
        if (isUniqueViolation(error)) throw new BoardLogConflictError(error.detail ?? error.message);
        throw error;
      }
    },

    async loadDoc(docId) {
      const snapshots = await pool.query<{ seq: number; state: Buffer }>(
        `select "seq", "state" from "BoardSnapshot" where "docId" = $1 order by "seq" desc limit 1`,
        [docId],
      );
      const snapshotRow = snapshots.rows[0];
      const after = snapshotRow?.seq ?? 0;
      const updates = await pool.query<{ seq: number; bytes: Buffer }>(
        `select "seq", "bytes" from "BoardUpdate" where "docId" = $1 and "seq" > $2 order by "seq"`,
        [docId, after],
      );
      const lastUpdate = updates.rows.at(-1);
      return {
        snapshot: snapshotRow ? { seq: snapshotRow.seq, state: bytesOf(snapshotRow.state) } : null,
        updates: updates.rows.map((row) => ({ seq: row.seq, bytes: bytesOf(row.bytes) })),
        lastSeq: Math.max(after, lastUpdate?.seq ?? 0),
      };
    },

    async writeSnapshot(docId, seq, state) {
      if (!Number.isInteger(seq) || seq < 0) throw new RangeError(`invalid snapshot seq ${seq}`);
      await pool.query(
        `insert into "BoardSnapshot" ("docId", "seq", "state") values ($1, $2, $3) on conflict do nothing`,
        [docId, seq, state],
      );
    },

    async listSnapshots(docId) {
      // One range sum over the primary key per snapshot; retention keeps only a handful.
      const result = await pool.query<{ seq: number; bytes: number; logBytesUpTo: string }>(
        `select s."seq", octet_length(s."state") as "bytes",
           (select coalesce(sum(octet_length(u."bytes")), 0) from "BoardUpdate" u
             where u."docId" = s."docId" and u."seq" <= s."seq")::bigint as "logBytesUpTo"
         from "BoardSnapshot" s where s."docId" = $1 order by s."seq"`,
        [docId],
      );
      return result.rows.map((row) => ({
        seq: row.seq,
        bytes: row.bytes,
        logBytesUpTo: Number(row.logBytesUpTo),
      }));
    },

    async deleteSnapshots(docId, seqs) {
      if (seqs.length === 0) return 0;
      const result = await pool.query<{ bytes: number }>(
        `delete from "BoardSnapshot" where "docId" = $1 and "seq" = any($2::int[])
         returning octet_length("state") as "bytes"`,
        [docId, [...seqs]],
      );
      return result.rows.reduce((sum, row) => sum + row.bytes, 0);
    },

    async lastSeq(docId) {
      const result = await pool.query<{ seq: number | null }>(
        `select greatest(
           (select max("seq") from "BoardUpdate" where "docId" = $1),
           (select max("seq") from "BoardSnapshot" where "docId" = $1)
         ) as "seq"`,
        [docId],
      );
      return result.rows[0]?.seq ?? 0;
    },

    async listUpdates(docId, range) {
      const result = await pool.query<{ seq: number; at: Date; userId: string | null; bytes: Buffer }>(
        `select "seq", "at", "userId", "bytes" from "BoardUpdate"
         where "docId" = $1 and "at" >= $2 and "at" < $3 order by "seq"`,
        [docId, range.from, range.to],
      );
      return result.rows.map((row) => ({
        seq: row.seq,
        at: row.at,
        userId: row.userId,
        bytes: bytesOf(row.bytes),
      }));
    },

    async ping() {
      await pool.query("select 1");
    },

    async close() {
      await Promise.all([appendPool.end(), pool.end()]);
    },
  };
}
