// The board log: an append-only list of Yjs updates per document (BoardUpdate) plus
// periodic merged states (BoardSnapshot). One collab node at a time owns a document and
// assigns its seqs in memory; its lease (leases.ts) carries an epoch, and every append is
// fenced by it in the same statement: Postgres stores a document's rows only while the
// lease still holds the epoch they were accepted under, locking the lease row until the
// rows commit, so an owner that lost its lease (paused, cut off) can never write again
// and a new owner loads only after the old one's last rows are in. A duplicate
// (docId, seq) still means two writers and is reported, never silently merged. This sits
// on node-postgres rather than Prisma because it is the collab server's hot path: one
// statement per group commit, bytes sent binary.
import pg from "pg";

export {
  BOARD_HANDOFF_CHANNEL,
  HandoffRequest,
  listenForHandoffRequests,
} from "./handoff";
export {
  type BoardLeases,
  COLLAB_NODE_LOCK_SPACE,
  type CollabNodeRegistration,
  createBoardLeases,
  type LeaseClaim,
  type NodeRenewal,
  registerCollabNode,
} from "./leases";
export { type BoardLogUsage, type BoardLogUsageOptions, createBoardLogUsage } from "./usage";

export interface BoardUpdateInput {
  docId: string;
  seq: number;
  /** The token subject of the editor who sent the update. */
  userId: string | null;
  bytes: Uint8Array;
  /** Server receive time, epoch milliseconds. */
  at: number;
  /** The lease epoch of the owner that accepted it (leases.ts): the fence. */
  epoch: number;
}

export interface AppendResult {
  /** Documents whose lease no longer holds the rows' epoch: none of their rows were stored. */
  refused: ReadonlySet<string>;
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
   * Appends rows in one statement (so one transaction and one WAL flush), each document's
   * only while its lease holds the rows' epoch; the others are refused and reported.
   * Rows of the same document must carry consecutive ascending seqs and one epoch. Throws
   * BoardLogConflictError when a (docId, seq) already exists; then nothing of the batch
   * was stored.
   */
  appendUpdates(rows: readonly BoardUpdateInput[]): Promise<AppendResult>;
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

/** Postgres caps bind parameters at 65535; six per row. */
export const MAX_APPEND_ROWS = 10_000;
const COLUMNS_PER_ROW = 6;
const UNIQUE_VIOLATION = "23505";

/** Checks the rows and returns each document's epoch. */
function epochsOf(rows: readonly BoardUpdateInput[]): Map<string, number> {
  const lastSeqByDoc = new Map<string, number>();
  const epochByDoc = new Map<string, number>();
  for (const row of rows) {
    if (!Number.isInteger(row.seq) || row.seq < 1)
      throw new RangeError(`invalid seq ${row.seq} for ${row.docId}`);
    if (!Number.isSafeInteger(row.epoch) || row.epoch < 1)
      throw new RangeError(`invalid epoch ${row.epoch} for ${row.docId}`);
    const previous = lastSeqByDoc.get(row.docId);
    if (previous !== undefined && row.seq !== previous + 1) {
      throw new RangeError(`seqs of ${row.docId} are not consecutive: ${previous} then ${row.seq}`);
    }
    const epoch = epochByDoc.get(row.docId);
    if (epoch !== undefined && epoch !== row.epoch)
      throw new RangeError(`rows of ${row.docId} carry two epochs: ${epoch} and ${row.epoch}`);
    lastSeqByDoc.set(row.docId, row.seq);
    epochByDoc.set(row.docId, row.epoch);
  }
  return epochByDoc;
}

/** Batches up to this size run as named prepared statements (parsed and planned once per connection). */
const PREPARED_MAX_ROWS = 64;

// The statement only depends on the row count; caching it saves building a long string
// on every group commit, and naming it lets Postgres skip parse and plan. The fence locks
// each document's lease row (FOR SHARE) for the statement's transaction: a takeover waits
// for these rows to commit, and an append that waited for a takeover re-reads the lease
// and finds another epoch. It returns the documents that passed.
const insertByRowCount = new Map<number, { name?: string; text: string }>();
function insertStatement(rowCount: number): { name?: string; text: string } {
  let statement = insertByRowCount.get(rowCount);
  if (statement === undefined) {
    const tuples: string[] = [];
    for (let row = 0; row < rowCount; row++) {
      const p = row * COLUMNS_PER_ROW;
      tuples.push(
        `($${p + 1}::text, $${p + 2}::int4, $${p + 3}::text, $${p + 4}::bytea, $${p + 5}::float8, $${p + 6}::int8)`,
      );
    }
    const text = `with batch ("docId", "seq", "userId", "bytes", "at", "epoch") as (values ${tuples.join(", ")}),
      fence as (
        select l."docId" from "BoardLease" l
        where (l."docId", l."epoch") in (select distinct "docId", "epoch" from batch)
        for share of l
      ),
      stored as (
        insert into "BoardUpdate" ("docId", "seq", "userId", "bytes", "at", "epoch")
        select "docId", "seq", "userId", "bytes", to_timestamp("at" / 1000), "epoch" from batch
        where "docId" in (select "docId" from fence)
      )
      select "docId" from fence`;
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
      if (rows.length === 0) return { refused: new Set() };
      if (rows.length > MAX_APPEND_ROWS) throw new RangeError(`at most ${MAX_APPEND_ROWS} rows per append`);
      const epochs = epochsOf(rows);
      const values: unknown[] = new Array(rows.length * COLUMNS_PER_ROW);
      let i = 0;
      for (const row of rows) {
        values[i++] = row.docId;
        values[i++] = row.seq;
        values[i++] = row.userId;
        values[i++] = row.bytes;
        values[i++] = row.at;
        values[i++] = row.epoch;
      }
      let passed: pg.QueryResult<{ docId: string }>;
      try {
        passed = await appendPool.query({ ...insertStatement(rows.length), values });
      } catch (error) {
        if (isUniqueViolation(error)) throw new BoardLogConflictError(error.detail ?? error.message);
        throw error;
      }
      const refused = new Set(epochs.keys());
      for (const row of passed.rows) refused.delete(row.docId);
      return { refused };
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
