"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { SessionClock } from "./session-clock";

const SessionClockContext = createContext<SessionClock | null>(null);

/** Gives every panel of the room the room's one session clock. */
export function SessionClockProvider(props: { clock: SessionClock; children: ReactNode }) {
  return <SessionClockContext.Provider value={props.clock}>{props.children}</SessionClockContext.Provider>;
}

/** The room's session clock; only panels rendered inside the room may ask. */
export function useSessionClock(): SessionClock {
  const clock = useContext(SessionClockContext);
  if (!clock) throw new Error("useSessionClock is for panels inside the session room");
  return clock;
}
