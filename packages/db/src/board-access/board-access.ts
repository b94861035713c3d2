// Access changes pushed from the web app to the collab server over Postgres
// LISTEN/NOTIFY, so a participant who loses access (session ended, removed) is cut off
// within seconds rather than when their board token expires. The payload contract
// (channel, schema) is @mockboard/protocol's; this is the transport.
import { BOARD_ACCESS_CHANNEL, BoardAccessChange, parseBoardAccessChange } from "@mockboard/protocol";
import type { Prisma } from "@prisma/client";
import pg from "pg";

/** A change to publish; `at` defaults to now. */
export type BoardAccessChangeInput = Omit<BoardAccessChange, "at"> & { at?: number };

/** Where to NOTIFY from: a Prisma client or transaction, or a node-postgres client or pool. */
export type BoardAccessNotifier =
  | Pick<Prisma.TransactionClient, "$executeRaw">
  | { query(text: string, values: unknown[]): Promise<unknown> };

/**
 * Publishes an access change. Inside a transaction (a Prisma interactive transaction or
 * a pg client between BEGIN and COMMIT) Postgres delivers it only on commit, so send it
 * in the transaction that takes the access away: listeners never act on a rollback.
 * Throws (a zod error) for a change that breaks the schema.
 */
export async function notifyBoardAccessChanged(
  target: BoardAccessNotifier,
  change: BoardAccessChangeInput,
): Promise<BoardAccessChange> {
  const valid = BoardAccessChange.parse({ ...change, at: change.at ?? Date.now() });
  const payload = JSON.stringify(valid);
  if ("$executeRaw" in target) {
    await target.$executeRaw`select pg_notify(${BOARD_ACCESS_CHANNEL}, ${payload})`;
  } else {
    await target.query("select pg_notify($1, $2)", [BOARD_ACCESS_CHANNEL, payload]);
  }
  return valid;
}

export interface BoardAccessListener {
  /** Resolves once the first LISTEN is in place. */
  readonly ready: Promise<void>;
  /** False while the connection is down and being re-established. */
  readonly listening: boolean;
  close(): Promise<void>;
}

export interface BoardAccessListenerOptions {
  /** Connection errors; the listener reconnects by itself after each. */
  onError?(error: Error): void;
  /** LISTEN is in place again after a drop: changes sent meanwhile were missed. */
  onReconnected?(): void;
}

const MAX_BACKOFF_MS = 5000;

/**
 * LISTENs for access changes on one dedicated connection (not from a pool: a pooled
 * connection would take its LISTEN back to the pool). Payloads that break the schema are
 * dropped. When the connection drops it reconnects with exponential back-off until closed.
 */
export function listenForBoardAccessChanges(
  connectionString: string,
  onChange: (change: BoardAccessChange) => void,
  options: BoardAccessListenerOptions = {},
): BoardAccessListener {
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let failures = 0;
  let everListened = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const retry = (failed: pg.Client, error?: Error) => {
    if (client !== failed) return;
    client = null;
    listening = false;
    if (error) options.onError?.(error);
    failed.removeAllListeners("notification");
    failed.end().catch(() => undefined);
    if (closed) return;
    failures++;
    retryTimer = setTimeout(connect, Math.min(MAX_BACKOFF_MS, 100 * 2 ** failures));
    retryTimer.unref();
  };

  function connect(): void {
    retryTimer = undefined;
    if (closed) return;
    const next = new pg.Client({ connectionString });
    client = next;
    next.on("notification", (message) => {
      if (message.channel !== BOARD_ACCESS_CHANNEL) return;
      const change = parseBoardAccessChange(message.payload);
      if (change) onChange(change);
    });
    next.on("error", (error) => retry(next, error));
    next.on("end", () => retry(next));
    next
      .connect()
      .then(() => next.query(`LISTEN ${BOARD_ACCESS_CHANNEL}`))
      .then(() => {
        if (client !== next) return;
        listening = true;
        failures = 0;
        if (everListened) options.onReconnected?.();
        everListened = true;
        markReady();
      })
      .catch((error: Error) => retry(next, error));
  }

  connect();
  return {
    ready,
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      const current = client;
      client = null;
      listening = false;
      await current?.end().catch(() => undefined);
    },
  };
}
