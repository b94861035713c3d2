"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RoomStateDto } from "./room-state";

export type FeedStatus = "connecting" | "live" | "reconnecting";

/** How long after the browser gave a feed up a new one is opened. */
const FEED_REOPEN_MS = 3000;

/**
 * Live room state: the server pushes "something changed" over server-sent events and the
 * browser refetches its own role-filtered state. `clockOffsetMs` corrects this browser's
 * clock to the server's, so every tab shows the same timer.
 */
export function useRoomState(initial: RoomStateDto) {
  const [state, setState] = useState(initial);
  const [clockOffsetMs, setClockOffsetMs] = useState(() => initial.serverNow - Date.now());
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
        // The server read its clock roughly halfway through the round trip.
        setClockOffsetMs(next.serverNow - (sent + received) / 2);
        setState(next);
      } while (again.current);
    };
    inFlight.current = run().finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, [initial.sessionId]);

  useEffect(() => {
    let source: EventSource;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      source = new EventSource(`/api/sessions/${initial.sessionId}/live`);
      source.addEventListener("open", () => {
        setFeed("live");
        // Anything missed while disconnected is picked up by one fresh read.
        void refresh();
      });
      source.addEventListener("change", () => void refresh());
      source.addEventListener("error", () => {
        setFeed("reconnecting");
        // The browser retries a dropped stream by itself, but gives up for good after an
        // error answer (a proxy's 502 while no web node is up): then a new stream is opened.
        if (source.readyState === EventSource.CLOSED) reopen = setTimeout(open, FEED_REOPEN_MS);
      });
    };
    open();
    return () => {
      clearTimeout(reopen);
      source.close();
    };
  }, [initial.sessionId, refresh]);

  return { state, clockOffsetMs, feed, refresh };
}
