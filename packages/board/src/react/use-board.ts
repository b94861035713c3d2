"use client";

import type { BoardRole } from "@mockboard/protocol";
import { useEffect, useRef, useState } from "react";
import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLStore } from "tldraw";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { bindStoreToDoc } from "../bind-store";
import { type ConnectionStatus, connectBoard } from "../connection";
import { type BoardUser, bindPresence, type Peer } from "../presence";
import { ComponentShapeUtil } from "./kit/ComponentShapeUtil";

/**
 * Every shape a board can hold: tldraw's and the board kit's. A store made with these has
 * the schema of `createBoardSchema` (the collab server's); the editor may configure them.
 */
export const boardShapeUtils = [...defaultShapeUtils, ComponentShapeUtil];

export interface UseBoardOptions {
  serverUrl: string;
  docId: string;
  me: BoardUser;
  /** Fetches a fresh board token; called before every (re)connect. Throw BoardAccessDenied when refused. */
  getToken: () => Promise<string>;
}

export interface BoardState {
  store: TLStore;
  status: ConnectionStatus;
  statusDetail?: string;
  /** True once stored state is in the store: render the editor only then. */
  ready: boolean;
  /**
   * What the current board token allows, starting from `me.role`. It turns to "viewer"
   * when the server downgrades this person (session ended): make the editor read-only then.
   */
  role: BoardRole;
  peers: Peer[];
  error?: string;
}

/** The IndexedDB database holding one person's copy of one board. */
export function localBoardName(docId: string, userId: string): string {
  return `mockboard-board:${docId}:${userId}`;
}

/** A tldraw store kept in sync with the collab server, with presence and status. */
export function useBoard({ serverUrl, docId, me, getToken }: UseBoardOptions): BoardState {
  const [store] = useState(() =>
    createTLStore({ shapeUtils: boardShapeUtils, bindingUtils: defaultBindingUtils }),
  );
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const [statusDetail, setStatusDetail] = useState<string>();
  const [ready, setReady] = useState(false);
  const [peers, setPeers] = useState<Peer[]>([]);
  const [error, setError] = useState<string>();
  const [role, setRole] = useState<BoardRole>(me.role);
  // The connection outlives renders; it always calls the latest fetcher.
  const latestGetToken = useRef(getToken);
  latestGetToken.current = getToken;

  // biome-ignore lint/correctness/useExhaustiveDependencies: one connection per board and person
  useEffect(() => {
    const doc = new Y.Doc();
    // Edits made while offline survive closing or reloading the tab: the document is also
    // kept in this browser (per board and person) and merges with the server's on sync.
    const local = new IndexeddbPersistence(localBoardName(docId, me.id), doc);
    const binding = bindStoreToDoc(store, doc);
    let disposed = false;
    let cleanup: () => void = () => {};
    connectBoard({
      serverUrl,
      docId,
      doc,
      getToken: () => latestGetToken.current(),
      onRole: setRole,
      onStatus: (next, detail) => {
        setStatus(next);
        setStatusDetail(detail);
      },
      onFirstSync: () => {
        try {
          binding.loadFromDoc();
          setReady(true);
        } catch (cause) {
          setError((cause as Error).message);
        }
      },
    })
      .then((connection) => {
        if (disposed) return connection.destroy();
        const stopPresence = bindPresence(store, connection.awareness, me, setPeers);
        cleanup = () => {
          stopPresence();
          connection.destroy();
        };
      })
      .catch((cause: Error) => setError(`Could not open the board: ${cause.message}`));
    return () => {
      disposed = true;
      cleanup();
      binding.dispose();
      void local.destroy();
      doc.destroy();
    };
  }, [serverUrl, docId, me.id, me.role]);

  return { store, status, statusDetail, ready, role, peers, error };
}
