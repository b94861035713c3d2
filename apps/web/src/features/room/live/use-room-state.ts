"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { betterReading, type ClockReading, clockReading, serverMsOf } from "./clock-sync";
import { afterFeedLost, reopenDelayMs } from "./feed-retry";
import type { RoomStateDto } from "./room-state";

/** "refused": the room refused this person (signed out, removed); the feed stays closed. */
export type FeedStatus = "connecting" | "live" | "reconnecting" | "refused";

/**
 * Live room state: the server pushes "something changed" over server-sent events and the
 * browser refetches its own role-filtered state. `clockOffsetMs` corrects this browser's
 * clock to the server's, so every tab shows the same timer.
 */
export function useRoomState(initial: RoomStateDto) {
  const [state, setState] = useState(initial);
  // The page's own render is a reading of unknown error (it may have hydrated seconds after
  // it was stamped): the first state read replaces it.
  const [clock, setClock] = useState<ClockReading>(() => ({
    offsetMs: initial.serverNow - Date.now(),
    errorMs: Number.POSITIVE_INFINITY,
    takenAt: Date.now(),
  }));
  const [feed, setFeed] = useState<FeedStatus>("connecting");
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const run = async () => {
      do {
        again.current = false;
        const sent = Date.now();
        const response = await fetch(`/api/sessions/${initial.sessionId}/state`, { cache: "no-store" });
        if (!response.ok) break;
        const next = (await response.json()) as RoomStateDto;
        const received = Date.now();
        const serverMs = serverMsOf(response.headers.get("server-timing"));
        const reading = clockReading({ sent, received, serverNow: next.serverNow, serverMs });
        setClock((kept) => betterReading(kept, reading));
        setState(next);
      } while (again.current);
    };
    inFlight.current = run().finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, [initial.sessionId]);

  useEffect(() => {
    let source: EventSource | null = null;
    let stopped = false;
    let attempt = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      const current = new EventSource(`/api/sessions/${initial.sessionId}/live`);
      source = current;
      current.addEventListener("open", () => {
        attempt = 0;
        setFeed("live");
        // Anything missed while disconnected is picked up by one fresh read.
        void refresh();
      });
      current.addEventListener("change", () => void refresh());
      current.addEventListener("error", () => {
        if (stopped) return;
        setFeed("reconnecting");
        // The browser retries a dropped stream by itself, but gives up for good after an
        // error answer (a proxy's 502 while no web node is up, or a refusal): then the
        // room's state says which, after a back-off.
        if (current.readyState === EventSource.CLOSED) later();
      });
    };
    const later = () => {
      attempt++;
      retry = setTimeout(() => void check(), reopenDelayMs(attempt));
    };
    const check = async () => {
      const answer = await fetch(`/api/sessions/${initial.sessionId}/state`, { cache: "no-store" }).catch(
        () => null,
      );
      if (stopped) return;
      const next = afterFeedLost(answer?.status ?? null);
      if (next === "stop") setFeed("refused");
      else if (next === "reopen") open();
      else later();
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [initial.sessionId, refresh]);

  return { state, clockOffsetMs: clock.offsetMs, feed, refresh };
}
