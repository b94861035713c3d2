// Who may write a board document's log: collab nodes and their leases. A node registers
// (a CollabNode row) and holds a session advisory lock keyed by its id on a connection of
// its own for as long as it lives, renewing `expiresAt` every few seconds. A lease
// (BoardLease) names the node that owns a document and an epoch from one sequence, so
// every owner of every document has an epoch nobody else ever had. A lease can be taken
// over only from a node that is gone: its lock is free (the process died and Postgres
// closed its session at once) or it stopped renewing (paused, partitioned: its session
// may live on). Appends name the epoch they were accepted under and Postgres stores them
// only while the lease still holds it (board-log.ts), so an owner that missed its own
// end can never write again.
import pg from "pg";
import { type HandoffRequest, requestHandoff } from "./handoff";

/** First key of the two-key advisory lock each node holds; the second is the node's id. */
export const COLLAB_NODE_LOCK_SPACE = 26_260_501;

/** SQL true when the node `n` is gone: it stopped renewing, or nobody holds its lock. */
const NODE_GONE = `(n."expiresAt" < now() or not exists (
  select 1 from pg_locks k
  where k.locktype = 'advisory' and k.granted
    and k.database = (select oid from pg_database where datname = current_database())
    and k.classid = ${COLLAB_NODE_LOCK_SPACE}::oid and k.objid = n.id::oid and k.objsubid = 2))`;

/** Takes the lease when it is free, already this node's, or held by a node that is gone. */
const ACQUIRE_SQL = `insert into "BoardLease" as l ("docId", "nodeId") values ($1, $2)
  on conflict ("docId") do update
  set "nodeId" = excluded."nodeId", "epoch" = nextval('"BoardLease_epoch_seq"'), "acquiredAt" = now()
  where l."nodeId" = excluded."nodeId"
     or exists (select 1 from "CollabNode" n where n.id = l."nodeId" and ${NODE_GONE})
  returning "epoch"`;

/** Renews the node (re-registering a row someone removed) and lists its leases and the live nodes. */
const RENEW_SQL = `with renewed as (
    insert into "CollabNode" ("id", "expiresAt") values ($1, now() + $2 * interval '1 millisecond')
    on conflict ("id") do update set "expiresAt" = excluded."expiresAt"
    returning "id"
  )
  select 'lease' as "kind", "docId" as "key", "epoch" from "BoardLease" where "nodeId" = $1
  union all
  select 'node', n.id::text, null from "CollabNode" n where n."expiresAt" > now() and n.id <> $1`;

/** Nodes silent this long are deleted, and their leases with them (nothing else reads them). */
const FORGET_AFTER_MS = 60 * 60 * 1000;

export type LeaseClaim = { epoch: number } | { heldBy: number };

export interface BoardLeases {
  /** Takes `docId` for `nodeId`, with a new epoch, unless a live node holds it (then says which). */
  acquire(docId: string, nodeId: number): Promise<LeaseClaim>;
  /** Gives the lease back; a no-op when the epoch is no longer the lease's. */
  release(docId: string, epoch: number): Promise<void>;
  /** Asks the node holding a document to hand it over (a NOTIFY; see handoff.ts). */
  askForHandoff(request: HandoffRequest): Promise<void>;
  close(): Promise<void>;
}

export interface NodeRenewal {
  /** The documents this node holds, with their epochs. */
  leases: Map<string, number>;
  /** Other nodes that renewed within their lease time. */
  otherNodes: number[];
}

export interface CollabNodeRegistration {
  readonly nodeId: number;
  /** Extends the node's life by `ttlMs` and reads its leases. */
  renew(ttlMs: number): Promise<NodeRenewal>;
  /** Removes the node (and so every lease it holds) and closes its session. */
  close(): Promise<void>;
}

export interface RegisterOptions {
  ttlMs: number;
  /** The node's own session ended (Postgres restarted, network): other nodes now see it as gone. */
  onSessionLost(error?: Error): void;
}

const int = (value: string | number) => Number(value);

export function createBoardLeases(
  connectionString: string,
  options: { maxConnections?: number } = {},
): BoardLeases {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 2 });
  pool.on("error", () => undefined);
  const leases: BoardLeases = {
    async acquire(docId, nodeId) {
      const taken = await pool.query<{ epoch: string }>({
        name: "board_lease_acquire",
        text: ACQUIRE_SQL,
        values: [docId, nodeId],
      });
      const row = taken.rows[0];
      if (row) return { epoch: int(row.epoch) };
      const holder = await pool.query<{ nodeId: number }>(
        `select "nodeId" from "BoardLease" where "docId" = $1`,
        [docId],
      );
      // Released between the two statements: the caller simply tries again.
      return { heldBy: holder.rows[0]?.nodeId ?? nodeId };
    },
    async release(docId, epoch) {
      await pool.query({
        name: "board_lease_release",
        text: `delete from "BoardLease" where "docId" = $1 and "epoch" = $2`,
        values: [docId, epoch],
      });
    },
    askForHandoff: (request) => requestHandoff(pool, request),
    close: () => pool.end(),
  };
  return leases;
}

/**
 * Registers this process as a collab node: a CollabNode row, and its advisory lock held on
 * a connection of its own until close() or the process ends. Renew well within `ttlMs`.
 */
export async function registerCollabNode(
  connectionString: string,
  options: RegisterOptions,
): Promise<CollabNodeRegistration> {
  const client = new pg.Client({ connectionString });
  let closing = false;
  let lost = false;
  const loseSession = (error?: Error) => {
    if (closing || lost) return;
    lost = true;
    options.onSessionLost(error);
  };
  client.on("error", loseSession);
  client.on("end", () => loseSession());
  await client.connect();
  let nodeId: number;
  try {
    const inserted = await client.query<{ id: number }>(
      `insert into "CollabNode" ("expiresAt") values (now() + $1 * interval '1 millisecond') returning "id"`,
      [options.ttlMs],
    );
    nodeId = int(inserted.rows[0]?.id ?? Number.NaN);
    await client.query("select pg_advisory_lock($1, $2)", [COLLAB_NODE_LOCK_SPACE, nodeId]);
    // Housekeeping while we are here: nodes long gone, with whatever leases they left.
    await client.query(`delete from "CollabNode" where "expiresAt" < now() - $1 * interval '1 millisecond'`, [
      FORGET_AFTER_MS,
    ]);
  } catch (error) {
    closing = true;
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    nodeId,
    async renew(ttlMs) {
      const result = await client.query<{ kind: "lease" | "node"; key: string; epoch: string | null }>({
        name: "collab_node_renew",
        text: RENEW_SQL,
        values: [nodeId, ttlMs],
      });
      const renewal: NodeRenewal = { leases: new Map(), otherNodes: [] };
      for (const row of result.rows) {
        if (row.kind === "lease") renewal.leases.set(row.key, int(row.epoch ?? 0));
        else renewal.otherNodes.push(int(row.key));
      }
      return renewal;
    },
    async close() {
      if (closing) return;
      closing = true;
      try {
        if (!lost) await client.query(`delete from "CollabNode" where "id" = $1`, [nodeId]);
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
}
