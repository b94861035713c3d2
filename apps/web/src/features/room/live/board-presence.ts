"use client";

import { createContext, useContext, useEffect } from "react";

/** Who is on the board as this page's board sees them, for the room's header. */
export interface BoardPresence {
  /** This board is connected: without that it cannot tell who is there. */
  live: boolean;
  /** User ids on the board now (this person aside). */
  here: readonly string[];
  /** Those who dropped off while this board was connected, with "offline since 0:42". */
  dropped: readonly { id: string; since: string }[];
}

/** Where the board tells the room who is on it. */
export const BoardPresenceContext = createContext<((presence: BoardPresence) => void) | null>(null);

/** Reports who is on the board to the room around it (if any). */
export function useReportBoardPresence(presence: BoardPresence): void {
  const report = useContext(BoardPresenceContext);
  const key = JSON.stringify(presence);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the presence's value; the object is new on every render
  useEffect(() => report?.(presence), [report, key]);
}

/**
 * Whether the other person of the interview is away, as the header says it: null while they
 * are on the board or while this board cannot know (not connected, no such person yet);
 * else "offline since 0:42" if they dropped off, "not in the room" if they never came.
 */
export function awayText(presence: BoardPresence | null, personId: string | undefined): string | null {
  if (!presence?.live || !personId || presence.here.includes(personId)) return null;
  return presence.dropped.find((peer) => peer.id === personId)?.since ?? "not in the room";
}
