"use client";

import type { BoardRole } from "@mockboard/protocol";
import { createContext, createElement, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { type ConnectionStatus, connectBoard } from "../connection";
import type { BoardUser } from "../presence";

export interface UseSessionDocOptions {
  serverUrl: string;
  docId: string;
  me: BoardUser;
  /** Fetches a fresh board token; called before every (re)connect. Throw BoardAccessDenied when refused. */
  getToken: () => Promise<string>;
}

/**
 * The session's shared document, which the board and the code pad both show: one Y.Doc, one
 * connection, one token, one awareness (the board's cursors and the code pad's carets).
 */
export interface SessionDoc {
  /** Null until the effect has made it (never during server rendering). */
  doc: Y.Doc | null;
  /** Null until the connection is open. */
  awareness: Awareness | null;
  status: ConnectionStatus;
  statusDetail?: string;
  /** True once stored state has arrived: show the document only then. */
  synced: boolean;
  /**
   * What the current board token allows, starting from `me.role`. It turns to "viewer" when
   * the server downgrades this person (session ended): make every surface read-only then.
   */
  role: BoardRole;
  error?: string;
}

/** The IndexedDB database holding one person's copy of one board. */
export function localBoardName(docId: string, userId: string): string {
  return `mockboard-board:${docId}:${userId}`;
}

/** The session's Yjs document kept in sync with the collab server, with its status and awareness. */
export function useSessionDoc({ serverUrl, docId, me, getToken }: UseSessionDocOptions): SessionDoc {
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const [awareness, setAwareness] = useState<Awareness | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const [statusDetail, setStatusDetail] = useState<string>();
  const [synced, setSynced] = useState(false);
  const [error, setError] = useState<string>();
  const [role, setRole] = useState<BoardRole>(me.role);
  // The connection outlives renders; it always calls the latest fetcher.
  const latestGetToken = useRef(getToken);
  latestGetToken.current = getToken;

  // biome-ignore lint/correctness/useExhaustiveDependencies: one connection per document and person
  useEffect(() => {
    const next = new Y.Doc();
    // Edits made while offline survive closing or reloading the tab: the document is also
    // kept in this browser (per board and person) and merges with the server's on sync.
    const local = new IndexeddbPersistence(localBoardName(docId, me.id), next);
    let disposed = false;
    let cleanup: () => void = () => {};
    setDoc(next);
    setSynced(false);
    connectBoard({
      serverUrl,
      docId,
      doc: next,
      getToken: () => latestGetToken.current(),
      onRole: setRole,
      onStatus: (value, detail) => {
        setStatus(value);
        setStatusDetail(detail);
      },
      onFirstSync: () => setSynced(true),
    })
      .then((connection) => {
        if (disposed) return connection.destroy();
        setAwareness(connection.awareness);
        cleanup = () => connection.destroy();
      })
      .catch((cause: Error) => setError(`Could not open the board: ${cause.message}`));
    return () => {
      disposed = true;
      cleanup();
      setAwareness(null);
      void local.destroy();
      next.destroy();
    };
  }, [serverUrl, docId, me.id, me.role]);

  return { doc, awareness, status, statusDetail, synced, role, error };
}

const SessionDocContext = createContext<SessionDoc | null>(null);

/**
 * Hands the session's document to every surface below it (the board and the code pad live in
 * different features and meet only in the room page, which is rendered on the server).
 */
export function SessionDocProvider(props: { value: SessionDoc; children: ReactNode }) {
  return createElement(SessionDocContext.Provider, { value: props.value }, props.children);
}

/** The session's document from the nearest SessionDocProvider. */
export function useSharedSessionDoc(): SessionDoc {
  const session = useContext(SessionDocContext);
  if (!session) throw new Error("useSharedSessionDoc is used outside a SessionDocProvider");
  return session;
}
