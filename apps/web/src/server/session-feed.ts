import "server-only";
import { listenForSessionChanges, type SessionChange, type SessionFeedListener } from "@mockboard/db";
import { env } from "@/server/env";
import { logger } from "@/server/logger";

/** A change, or "resync": the connection was down and pushes may have been missed. */
export type SessionFeedEvent = SessionChange | { sessionId: string; kind: "resync" };
type Subscriber = (event: SessionFeedEvent) => void;

interface Hub {
  listener: SessionFeedListener;
  bySession: Map<string, Set<Subscriber>>;
  everySession: Set<Subscriber>;
}

// One LISTEN connection per web process for everyone who needs the session feed (the
// room's live streams, the video room guard), kept on globalThis: Next may evaluate this
// module in more than one bundle, and two listeners would double every push.
const KEY = Symbol.for("mockboard.sessionFeedHub");
const holder = globalThis as unknown as Record<symbol, Hub | undefined>;

function hub(): Hub {
  const existing = holder[KEY];
  if (existing) return existing;
  const bySession = new Map<string, Set<Subscriber>>();
  const everySession = new Set<Subscriber>();
  const deliver = (event: SessionFeedEvent, subscribers: Iterable<Subscriber>) => {
    for (const subscriber of [...subscribers]) {
      try {
        subscriber(event);
      } catch (error) {
        logger().warn({ err: error, sessionId: event.sessionId }, "a session feed subscriber failed");
      }
    }
  };
  const listener = listenForSessionChanges(
    env().DATABASE_URL,
    (change) => {
      deliver(change, everySession);
      deliver(change, bySession.get(change.sessionId) ?? []);
    },
    {
      // Pushes may have been missed while the connection was down: every room refetches.
      onReconnect: () => {
        for (const [sessionId, set] of bySession) deliver({ sessionId, kind: "resync" }, set);
      },
      onError: (error) => logger().warn({ err: error }, "session feed connection lost; reconnecting"),
    },
  );
  const created = { listener, bySession, everySession };
  holder[KEY] = created;
  return created;
}

/** Calls `subscriber` whenever the session changes; returns the unsubscribe function. */
export function subscribeToSession(sessionId: string, subscriber: Subscriber): () => void {
  const { bySession } = hub();
  const set = bySession.get(sessionId) ?? new Set();
  set.add(subscriber);
  bySession.set(sessionId, set);
  return () => {
    set.delete(subscriber);
    if (set.size === 0) bySession.delete(sessionId);
  };
}

/** Calls `subscriber` for every change of every session, for as long as the process runs. */
export function subscribeToEverySession(subscriber: (change: SessionChange) => void): void {
  hub().everySession.add((event) => {
    if (event.kind !== "resync") subscriber(event);
  });
}
