import "server-only";
import { listenForSessionChanges, type SessionChange, type SessionFeedListener } from "@mockboard/db";
import { env } from "@/server/env";
import { logger } from "@/server/logger";

type Subscriber = (change: SessionChange | { sessionId: string; kind: "resync" }) => void;

interface Hub {
  listener: SessionFeedListener;
  subscribers: Map<string, Set<Subscriber>>;
}

// One LISTEN connection per web process, kept on globalThis: Next may evaluate this module
// in more than one bundle, and two listeners would double every push.
const KEY = Symbol.for("mockboard.sessionFeedHub");
const holder = globalThis as unknown as Record<symbol, Hub | undefined>;

function hub(): Hub {
  const existing = holder[KEY];
  if (existing) return existing;
  const subscribers = new Map<string, Set<Subscriber>>();
  const listener = listenForSessionChanges(
    env().DATABASE_URL,
    (change) => {
      for (const subscriber of subscribers.get(change.sessionId) ?? []) subscriber(change);
    },
    {
      // Pushes may have been missed while the connection was down: every room refetches.
      onReconnect: () => {
        for (const [sessionId, set] of subscribers)
          for (const subscriber of set) subscriber({ sessionId, kind: "resync" });
      },
      onError: (error) => logger().warn({ err: error }, "session feed connection lost; reconnecting"),
    },
  );
  const created = { listener, subscribers };
  holder[KEY] = created;
  return created;
}

/** Calls `subscriber` whenever the session changes; returns the unsubscribe function. */
export function subscribeToSession(sessionId: string, subscriber: Subscriber): () => void {
  const { subscribers } = hub();
  const set = subscribers.get(sessionId) ?? new Set();
  set.add(subscriber);
  subscribers.set(sessionId, set);
  return () => {
    set.delete(subscriber);
    if (set.size === 0) subscribers.delete(sessionId);
  };
}
