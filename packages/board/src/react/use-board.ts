"use client";

import { useEffect, useState } from "react";
import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLStore } from "tldraw";
import { bindStoreToDoc } from "../bind-store";
import { type BoardUser, bindPresence, type Peer } from "../presence";
import { ComponentShapeUtil } from "./kit/ComponentShapeUtil";
import type { SessionDoc } from "./use-session-doc";

/**
 * Every shape a board can hold: tldraw's and the board kit's. A store made with these has
 * the schema of `createBoardSchema` (the collab server's); the editor may configure them.
 */
export const boardShapeUtils = [...defaultShapeUtils, ComponentShapeUtil];

export interface BoardState {
  store: TLStore;
  /** True once stored state is in the store: render the editor only then. */
  ready: boolean;
  peers: Peer[];
  error?: string;
}

/** A tldraw store showing the board of the session's document (see useSessionDoc), with presence. */
export function useBoard(session: SessionDoc, me: BoardUser): BoardState {
  const [store] = useState(() =>
    createTLStore({ shapeUtils: boardShapeUtils, bindingUtils: defaultBindingUtils }),
  );
  const [ready, setReady] = useState(false);
  const [peers, setPeers] = useState<Peer[]>([]);
  const [error, setError] = useState<string>();
  const { doc, synced, awareness } = session;

  // The server answers sync only after loading stored state, so the board loads once synced.
  useEffect(() => {
    if (!doc || !synced) return;
    const binding = bindStoreToDoc(store, doc);
    try {
      binding.loadFromDoc();
      setReady(true);
    } catch (cause) {
      setError((cause as Error).message);
    }
    return () => binding.dispose();
  }, [store, doc, synced]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: presence follows the connection, not each render's `me`
  useEffect(() => {
    if (!awareness) return;
    return bindPresence(store, awareness, me, setPeers);
  }, [store, awareness]);

  return { store, ready, peers, error: error ?? session.error };
}
