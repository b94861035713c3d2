import {
  afterClose,
  type BoardRole,
  boardSubprotocols,
  finalCloseMessage,
  peekBoardToken,
} from "@mockboard/protocol";
import { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";

export type ConnectionStatus = "connecting" | "live" | "offline" | "refused";

/**
 * What a token fetcher throws when the web app refuses to mint a token (the person has
 * no access to the board): the connection stops instead of retrying.
 */
export class BoardAccessDenied extends Error {
  constructor(message = "You no longer have access to this board") {
    super(message);
    this.name = "BoardAccessDenied";
  }
}

export interface BoardConnectionOptions {
  serverUrl: string;
  docId: string;
  doc: Y.Doc;
  /**
   * Fetches a fresh board token from the web app. Called before every connection attempt,
   * the first included, so a reconnect never uses a token that expired or lost its role.
   * Throw BoardAccessDenied when the app refuses; any other error is retried with back-off
   * (after the server said the token no longer grants access, any error means refused).
   */
  getToken: () => Promise<string>;
  onStatus: (status: ConnectionStatus, detail?: string) => void;
  /** Called once, the first time the board has fully synced. */
  onFirstSync: () => void;
  /** The role the current token grants: called with the first token and whenever it changes. */
  onRole?: (role: BoardRole) => void;
  /** Node clients pass the `ws` package; browsers use their own WebSocket. */
  WebSocketPolyfill?: typeof WebSocket;
  /** Longest wait between reconnect attempts, in ms. */
  maxBackoffMs?: number;
}

export interface BoardConnection {
  provider: WebsocketProvider;
  awareness: WebsocketProvider["awareness"];
  destroy(): void;
}

/**
 * On disconnect y-websocket drops every peer's presence and bumps its clock, so the
 * states the server replays on reconnect look stale and are ignored until each peer's
 * next heartbeat (up to 15 s with no cursors or names). Forgetting the clocks of peers
 * we no longer hold lets the replayed states in at once.
 */
function forgetDepartedPeers(provider: WebsocketProvider) {
  const { awareness } = provider;
  for (const clientId of [...awareness.meta.keys()]) {
    if (clientId !== awareness.clientID && !awareness.states.has(clientId)) awareness.meta.delete(clientId);
  }
}

/** Clients of a moved board reconnect within this long, at random, not all in the same instant. */
const MOVED_SPREAD_MS = 250;

/**
 * A y-websocket connection that fetches a fresh token for every (re)connect. The server
 * closes a connection when its token expires or its access changes, or when another
 * collab server owns the board now (Moved); the connection then reconnects at once. Edits made while disconnected stay in the local
 * doc and are exchanged on reconnect by the sync protocol itself.
 */
export async function connectBoard(options: BoardConnectionOptions): Promise<BoardConnection> {
  const maxBackoffMs = options.maxBackoffMs ?? 5000;
  const firstToken = await options.getToken();
  const provider = new WebsocketProvider(options.serverUrl, options.docId, options.doc, {
    connect: false,
    // The token goes in the subprotocol list, set before each attempt: never in the URL.
    protocols: boardSubprotocols(firstToken),
    maxBackoffTime: maxBackoffMs,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  let synced = false;
  let stopped = false;
  let offline = false;
  let refusedReason: string | undefined;
  /** Connection attempts since the last successful sync, for the back-off. */
  let failures = 0;
  let fetching = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The server said the token no longer grants access: a failed fetch now means no access. */
  let accessInDoubt = false;
  /** The last close was routine (token expiry, role change): say "connecting", not "offline". */
  let routineReconnect = false;
  let role: BoardRole | undefined;

  const applyToken = (token: string) => {
    provider.protocols = boardSubprotocols(token);
    const granted = peekBoardToken(token)?.role;
    if (granted && granted !== role) {
      role = granted;
      options.onRole?.(granted);
    }
  };

  const refuse = (reason: string) => {
    refusedReason = reason;
    clearTimeout(retryTimer);
    provider.shouldConnect = false;
    if (provider.ws) provider.disconnect();
    options.onStatus("refused", reason);
  };

  const nextDelay = () => Math.min(maxBackoffMs, 100 * 2 ** failures++);

  const scheduleOpen = (delayMs: number) => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void open(), delayMs);
  };

  async function open(): Promise<void> {
    if (stopped || offline || refusedReason || fetching || provider.ws) return;
    fetching = true;
    let token: string;
    try {
      token = await options.getToken();
    } catch (error) {
      fetching = false;
      if (stopped || refusedReason) return;
      if (error instanceof BoardAccessDenied) return refuse(error.message);
      if (accessInDoubt) return refuse(new BoardAccessDenied().message);
      routineReconnect = false;
      options.onStatus("offline");
      scheduleOpen(nextDelay());
      return;
    }
    fetching = false;
    if (stopped || offline || refusedReason) return;
    applyToken(token);
    provider.connect();
  }

  provider.on("status", ({ status }: { status: string }) => {
    if (status === "connected") {
      forgetDepartedPeers(provider);
      options.onStatus(synced ? "live" : "connecting");
    } else if (status === "connecting") {
      options.onStatus("connecting");
    } else if (refusedReason) {
      options.onStatus("refused", refusedReason);
    } else {
      options.onStatus(routineReconnect && !offline ? "connecting" : "offline");
    }
  });
  provider.on("sync", (isSynced: boolean) => {
    if (!isSynced) return;
    failures = 0;
    accessInDoubt = false;
    routineReconnect = false;
    if (!synced) {
      synced = true;
      options.onFirstSync();
    }
    options.onStatus("live");
  });
  provider.on("connection-close", (event: CloseEvent | null) => {
    // y-websocket would retry on its own with the token it has; every attempt goes
    // through open() instead, which fetches a fresh one.
    provider.shouldConnect = false;
    if (stopped || refusedReason) return;
    const final = event ? finalCloseMessage(event.code, event.reason) : undefined;
    if (final) {
      refusedReason = final;
      options.onStatus("refused", refusedReason);
      return;
    }
    if (offline) return;
    const after = event ? afterClose(event.code) : "retry";
    accessInDoubt = after === "recheck";
    routineReconnect = after === "renew" || after === "move";
    // Expiry, role changes and a board moving to another server are routine: straight back
    // with a new token (the load balancer takes a moved board's reconnect to its new server).
    // A move sends every client of a server at once, so those spread out over a moment.
    scheduleOpen(after === "move" ? Math.random() * MOVED_SPREAD_MS : routineReconnect ? 0 : nextDelay());
  });
  // The browser knows about a lost network long before a silent socket times out: go
  // offline at once (edits keep landing in the local doc) and reconnect when it returns.
  const onOffline = () => {
    offline = true;
    clearTimeout(retryTimer);
    provider.disconnect();
    options.onStatus("offline");
  };
  const onOnline = () => {
    offline = false;
    failures = 0;
    void open();
  };
  globalThis.addEventListener?.("offline", onOffline);
  globalThis.addEventListener?.("online", onOnline);
  applyToken(firstToken);
  provider.connect();

  return {
    provider,
    awareness: provider.awareness,
    destroy() {
      stopped = true;
      clearTimeout(retryTimer);
      globalThis.removeEventListener?.("offline", onOffline);
      globalThis.removeEventListener?.("online", onOnline);
      provider.destroy();
    },
  };
}
