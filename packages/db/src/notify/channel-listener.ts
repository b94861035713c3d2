// One Postgres LISTEN, kept alive: the transport under every NOTIFY feed (session
// changes, board access). Callers give the channel and the payload schema; this owns the
// connection, its reconnects and the parsing, so no feed handles pg itself.
import pg from "pg";
import { z } from "zod";

/** Postgres refuses NOTIFY payloads of 8000 bytes or more. */
const POSTGRES_MAX_PAYLOAD_BYTES = 8000;
const MAX_BACKOFF_MS = 5000;
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface Channel<T> {
  /** Lower-case identifier, as LISTEN folds an unquoted name. */
  name: string;
  /** Each payload is JSON parsed through this, a zod or zod/mini schema; what fails is dropped. */
  payload: z.core.$ZodType<T>;
  /** Longer payloads are dropped unread. */
  maxPayloadBytes?: number;
}

export interface ChannelListener {
  /** Resolves once the first LISTEN is in place. */
  readonly ready: Promise<void>;
  /** False while the connection is down and being re-established. */
  readonly listening: boolean;
  close(): Promise<void>;
}

export interface ChannelListenerOptions {
  /** Connection errors; the listener reconnects by itself after each. */
  onError?(error: Error): void;
  /**
   * LISTEN is in place after a gap (failed attempts, or a drop): notifications sent
   * meanwhile were missed. `listenedBefore` is false when the gap was before the first
   * LISTEN.
   */
  onReconnected?(gap: { listenedBefore: boolean }): void;
}

/**
 * LISTENs on `channel` with one dedicated connection (not from a pool: a pooled
 * connection would take its LISTEN back to the pool) and hands each valid payload to
 * `onMessage`. When the connection drops or cannot be made, it tries again with
 * exponential back-off until closed.
 */
export function listenOnChannel<T>(
  connectionString: string,
  channel: Channel<T>,
  onMessage: (message: T) => void,
  options: ChannelListenerOptions = {},
): ChannelListener {
  if (!CHANNEL_NAME.test(channel.name)) throw new Error(`not a channel name: ${channel.name}`);
  const parse = payloadParser(channel);
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
    next.on("notification", (notification) => {
      if (notification.channel !== channel.name) return;
      const message = parse(notification.payload);
      if (message !== null) onMessage(message);
    });
    next.on("error", (error) => retry(next, error));
    next.on("end", () => retry(next));
    next
      .connect()
      .then(() => next.query(`LISTEN ${channel.name}`))
      .then(() => {
        if (client !== next) return;
        listening = true;
        if (failures > 0) options.onReconnected?.({ listenedBefore: everListened });
        failures = 0;
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

function payloadParser<T>(channel: Channel<T>): (payload: string | undefined) => T | null {
  const maxBytes = channel.maxPayloadBytes ?? POSTGRES_MAX_PAYLOAD_BYTES;
  return (payload) => {
    if (!payload || Buffer.byteLength(payload) > maxBytes) return null;
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      return null;
    }
    const parsed = z.safeParse(channel.payload, json);
    return parsed.success ? parsed.data : null;
  };
}
