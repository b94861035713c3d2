import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { listenOnChannel } from "../notify/channel-listener";

/**
 * Postgres NOTIFY channel that tells every web process "this session changed". The
 * payload names only the session and what kind of thing changed: browsers refetch their
 * own, role-filtered state, so nothing interviewer-only can ride on a push.
 */
export const SESSION_FEED_CHANNEL = "mockboard_session_feed";

export const SessionChange = z.object({
  sessionId: z.string().min(1).max(64),
  kind: z.enum(["status", "timer", "participants", "scorecard", "self-assessment", "stages", "surface"]),
});
export type SessionChange = z.infer<typeof SessionChange>;

/** Queues the notification in the caller's transaction: it is delivered only on commit. */
export async function notifySessionChanged(
  tx: Prisma.TransactionClient,
  change: SessionChange,
): Promise<void> {
  await tx.$executeRaw`select pg_notify(${SESSION_FEED_CHANNEL}, ${JSON.stringify(change)})`;
}

export interface SessionFeedListener {
  close(): Promise<void>;
}

/**
 * LISTENs on the feed with one dedicated connection, reconnecting with back-off when it
 * drops. `onReconnect` runs after a gap, when notifications may have been missed, so
 * subscribers can resynchronise.
 */
export function listenForSessionChanges(
  connectionString: string,
  onChange: (change: SessionChange) => void,
  options: { onReconnect?: () => void; onError?: (error: Error) => void } = {},
): SessionFeedListener {
  return listenOnChannel(connectionString, { name: SESSION_FEED_CHANNEL, payload: SessionChange }, onChange, {
    onError: (error) => options.onError?.(error),
    onReconnected: () => options.onReconnect?.(),
  });
}
