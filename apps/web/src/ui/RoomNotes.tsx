"use client";

import { createContext, type ReactNode, useContext, useMemo, useState } from "react";

/** A note as the room's panels share it: the notes panel's own list, saved or still pending. */
export interface RoomNote {
  id: string;
  text: string;
  dimensionKey: string | null;
  visibility: "PRIVATE" | "SHARED";
  /** Session time in ms. */
  offsetMs: number;
  pending: boolean;
  deleted?: boolean;
}

interface RoomNotesValue {
  /** The notes panel's list as it last had it; null until the panel has opened. */
  notes: readonly RoomNote[] | null;
  publish: (notes: readonly RoomNote[]) => void;
}

const RoomNotesContext = createContext<RoomNotesValue | null>(null);

/**
 * Holds the notes written in this room for as long as the room is open, so that panels that
 * come and go with their tabs see them as they are now: the timeline shows a note written a
 * minute ago, and the notes panel opened again starts from its list, not the page's.
 */
export function RoomNotesProvider(props: { children: ReactNode }) {
  const [notes, setNotes] = useState<readonly RoomNote[] | null>(null);
  const value = useMemo(() => ({ notes, publish: setNotes }), [notes]);
  return <RoomNotesContext.Provider value={value}>{props.children}</RoomNotesContext.Provider>;
}

/** The room's notes now (null outside a room, or before the notes panel opened), and how to publish them. */
export function useRoomNotes(): RoomNotesValue | null {
  return useContext(RoomNotesContext);
}
