"use client";

import { formatClock } from "@mockboard/interview";
import { useEffect, useRef, useState } from "react";
import { useSessionClock } from "@/ui/SessionClock";
import { type DroppedPeer, droppedAfter, type SeenPeer } from "./dropped-peers";

/**
 * The people who were on this board and dropped off, each with "offline since 0:42" (the
 * session time). While this board is not connected itself it cannot tell who left, so the
 * list starts again from whoever is there once it is back.
 */
export function useDroppedPeers(peers: readonly SeenPeer[], connected: boolean) {
  const clock = useSessionClock();
  const seen = useRef<readonly SeenPeer[]>([]);
  const [dropped, setDropped] = useState<DroppedPeer[]>([]);

  useEffect(() => {
    if (!connected) {
      seen.current = [];
      setDropped([]);
      return;
    }
    const before = seen.current;
    seen.current = peers;
    setDropped((list) => droppedAfter(before, peers, list, clock.sessionTime()));
  }, [peers, connected, clock]);

  return dropped.map((peer) => ({
    ...peer,
    since: peer.sinceMs === null ? "offline" : `offline since ${formatClock(peer.sinceMs)}`,
  }));
}
