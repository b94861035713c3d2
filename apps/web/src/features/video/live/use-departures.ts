"use client";

import { type Participant, type Room, RoomEvent } from "livekit-client";
import { useEffect, useState } from "react";
import { type Departure, RECONNECT_GRACE_MS } from "./departures";
import { roleOf } from "./participant-media";

/**
 * The people (not observers) who dropped out of this call and are not back, re-rendering
 * when one of them passes from "reconnecting" to "left". Someone who comes back is dropped
 * from the list.
 */
export function useDepartures(room: Room): Departure[] {
  const [departures, setDepartures] = useState<Departure[]>([]);
  const [, setTick] = useState(0);

  useEffect(() => {
    const gone = (participant: Participant) => {
      if (roleOf(participant) === "observer") return;
      const departure = {
        identity: participant.identity,
        name: participant.name || "The other person",
        at: Date.now(),
      };
      setDepartures((list) => [...list.filter((item) => item.identity !== departure.identity), departure]);
    };
    const back = (participant: Participant) =>
      setDepartures((list) => list.filter((item) => item.identity !== participant.identity));
    room.on(RoomEvent.ParticipantDisconnected, gone);
    room.on(RoomEvent.ParticipantConnected, back);
    return () => {
      room.off(RoomEvent.ParticipantDisconnected, gone);
      room.off(RoomEvent.ParticipantConnected, back);
    };
  }, [room]);

  useEffect(() => {
    const waits = departures
      .map((departure) => departure.at + RECONNECT_GRACE_MS - Date.now())
      .filter((wait) => wait > 0);
    if (!waits.length) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.min(...waits) + 50);
    return () => clearTimeout(timer);
  }, [departures]);

  return departures;
}
