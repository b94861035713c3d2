import { CloseCode, PROTOCOL_VERSION } from "@mockboard/protocol";
import { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";

export type ConnectionStatus = "connecting" | "live" | "offline" | "refused";

export interface BoardConnectionOptions {
  serverUrl: string;
  docId: string;
  doc: Y.Doc;
  /** Fetches a fresh board token from the web app. */
  getToken: () => Promise<string>;
  onStatus: (status: ConnectionStatus, detail?: string) => void;
  /** Called once, the first time the board has fully synced. */
  onFirstSync: () => void;
  /** Node clients pass the `ws` package; browsers use their own WebSocket. */
  WebSocketPolyfill?: typeof WebSocket;
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

/**
 * A y-websocket connection that keeps its token fresh. Edits made while offline stay
 * in the local doc and are exchanged on reconnect by the sync protocol itself.
 */
export async function connectBoard(options: BoardConnectionOptions) {
  const provider = new WebsocketProvider(options.serverUrl, options.docId, options.doc, {
    connect: false,
    params: { token: await options.getToken(), v: String(PROTOCOL_VERSION) },
    maxBackoffTime: 5000,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  let synced = false;
  let refreshing: Promise<void> | null = null;
  let refusedReason: string | undefined;

  const refreshToken = () => {
    refreshing ??= options
      .getToken()
      .then((token) => {
        provider.params.token = token;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  };
  // Tokens are short-lived; renew well before expiry so reconnects never use a stale one.
  const renewal = setInterval(() => void refreshToken().catch(() => undefined), 4 * 60 * 1000);

  provider.on("status", ({ status }: { status: string }) => {
    if (status === "connected") forgetDepartedPeers(provider);
    if (status === "connected") options.onStatus(synced ? "live" : "connecting");
    else if (status === "connecting") options.onStatus("connecting");
    else options.onStatus(refusedReason ? "refused" : "offline", refusedReason);
  });
  provider.on("sync", (isSynced: boolean) => {
    if (!isSynced) return;
    if (!synced) {
      synced = true;
      options.onFirstSync();
    }
    options.onStatus("live");
  });
  provider.on("connection-close", (event: CloseEvent | null) => {
    if (!event) return;
    if (event.code === CloseCode.Unauthorized) {
      // Expired or revoked: fetch a new token before the provider's next attempt.
      void refreshToken().catch(() => {
        refusedReason = "You no longer have access to this board";
        provider.disconnect();
        options.onStatus("refused", refusedReason);
      });
    } else if (event.code === CloseCode.WrongDocument || event.code === CloseCode.VersionMismatch) {
      refusedReason =
        event.code === CloseCode.VersionMismatch ? "Reload the page to get the latest version" : event.reason;
      provider.disconnect();
      options.onStatus("refused", refusedReason);
    }
  });
  // The browser knows about a lost network long before a silent socket times out: go
  // offline at once (edits keep landing in the local doc) and reconnect when it returns.
  const onOffline = () => {
    provider.disconnect();
    options.onStatus("offline");
  };
  const onOnline = () => {
    if (!refusedReason) provider.connect();
  };
  globalThis.addEventListener?.("offline", onOffline);
  globalThis.addEventListener?.("online", onOnline);
  provider.connect();

  return {
    provider,
    awareness: provider.awareness,
    destroy() {
      clearInterval(renewal);
      globalThis.removeEventListener?.("offline", onOffline);
      globalThis.removeEventListener?.("online", onOnline);
      provider.destroy();
    },
  };
}
