// Access changes pushed from the web app to the collab server over Postgres
// LISTEN/NOTIFY, so a participant who loses access (session ended, removed) is cut off
// within seconds rather than when their board token expires. The payload contract
// (channel, schema) is @mockboard/protocol's; this is the transport.
import { BOARD_ACCESS_CHANNEL, BoardAccessChange, MAX_BOARD_ACCESS_PAYLOAD_BYTES } from "@mockboard/protocol";
import type { Prisma } from "@prisma/client";
import { type ChannelListener, listenOnChannel } from "../notify/channel-listener";

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

/**
 * Tells the collab server that `userId` lost access to every board in `docIds`, in one
 * statement however many there are (a coach removed from a large cohort). Like
 * notifyBoardAccessChanged, delivered only when the caller's transaction commits.
 */
export async function notifyBoardAccessLost(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  docIds: readonly string[],
  userId: string,
): Promise<void> {
  if (docIds.length === 0) return;
  const at = Date.now();
  const payloads = docIds.map((docId) =>
    JSON.stringify(BoardAccessChange.parse({ docId, userId, access: "none", at })),
  );
  await tx.$executeRaw`select pg_notify(${BOARD_ACCESS_CHANNEL}, payload) from unnest(${payloads}::text[]) as payload`;
}

export type BoardAccessListener = ChannelListener;

export interface BoardAccessListenerOptions {
  /** Connection errors; the listener reconnects by itself after each. */
  onError?(error: Error): void;
  /** LISTEN is in place again after a drop: changes sent meanwhile were missed. */
  onReconnected?(): void;
}

/**
 * LISTENs for access changes on one dedicated connection. Payloads that break the schema
 * are dropped. When the connection drops it reconnects with exponential back-off until closed.
 */
export function listenForBoardAccessChanges(
  connectionString: string,
  onChange: (change: BoardAccessChange) => void,
  options: BoardAccessListenerOptions = {},
): BoardAccessListener {
  return listenOnChannel(
    connectionString,
    {
      name: BOARD_ACCESS_CHANNEL,
      payload: BoardAccessChange,
      maxPayloadBytes: MAX_BOARD_ACCESS_PAYLOAD_BYTES,
    },
    onChange,
    {
      onError: (error) => options.onError?.(error),
      onReconnected: ({ listenedBefore }) => {
        if (listenedBefore) options.onReconnected?.();
      },
    },
  );
}
