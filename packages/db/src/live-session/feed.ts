import type { Prisma } from "@prisma/client";
import pg from "pg";
import { z } from "zod";

/**
 * Postgres NOTIFY channel that tells every web process "this session changed". The
 * payload names only the session and what kind of thing changed: browsers refetch their
 * own, role-filtered state, so nothing interviewer-only can ride on a push.
 */
export const SESSION_FEED_CHANNEL = "mockboard_session_feed";

export const SessionChange = z.object({
  sessionId: z.string().min(1).max(64),
  kind: z.enum(["status", "timer", "participants", "scorecard", "self-assessment"]),
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
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    const next = new pg.Client({ connectionString });
    next.on("notification", (message) => {
      if (message.channel !== SESSION_FEED_CHANNEL || !message.payload) return;
      const parsed = SessionChange.safeParse(safeJson(message.payload));
      if (parsed.success) onChange(parsed.data);
    });
    next.on("error", (error) => {
      options.onError?.(error);
      retry(next);
    });
    next.on("end", () => retry(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${SESSION_FEED_CHANNEL}`);
      if (closed) return void next.end();
      client = next;
      if (attempt > 0) options.onReconnect?.();
      attempt = 0;
    } catch (error) {
      options.onError?.(error as Error);
      retry(next);
    }
  };

  const retry = (failed: pg.Client) => {
    if (closed || (client !== null && client !== failed) || timer) return;
    client = null;
    failed.end().catch(() => undefined);
    attempt++;
    timer = setTimeout(
      () => {
        timer = undefined;
        void connect();
      },
      Math.min(5000, 100 * 2 ** attempt),
    );
  };

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
