// Websocket close codes between the board client and the collab server (4000-4999 is the
// application range), one row each: the number, what the client does after it, what the
// person is told when it is final, and the name the collab server counts it under. A new
// code is one row here; the client and the server's metrics read it from this table.

/** What the board client does after the server closes its connection with a code. */
export type AfterClose =
  /** Routine: fetch a fresh token and reconnect at once. */
  | "renew"
  /** Another server owns the board now: reconnect at once, all of a server's clients spread over a moment. */
  | "move"
  /** Access may be gone: fetch a fresh token (a refusal then means no access) and reconnect after a back-off. */
  | "recheck"
  /** Reconnect after a back-off, with a fresh token. */
  | "retry"
  /** The server will not take this client back, whatever the token: say why and stop. */
  | "stop";

interface CloseCodeRow {
  readonly code: number;
  readonly after: AfterClose;
  /** For "stop": what the person is told. */
  readonly message?: string;
  /** For "stop": the server's own reason is shown instead when it gave one (it names the quota hit). */
  readonly serverWorded?: boolean;
  /** The collab server counts closes of accepted connections with this code under this name. */
  readonly metric?: string;
}

const CLOSE_CODES = {
  /** Token missing, malformed, expired, with a bad signature, or sent in the URL. */
  Unauthorized: { code: 4001, after: "recheck" },
  /** Valid token, but for another document. */
  WrongDocument: {
    code: 4003,
    after: "stop",
    message: "This board token is for another board",
    serverWorded: true,
  },
  /** The client speaks another protocol version (or offers no `mockboard.v<N>` subprotocol). */
  VersionMismatch: { code: 4005, after: "stop", message: "Reload the page to get the latest version" },
  /** More messages than the rate limit allows. */
  RateLimited: { code: 4008, after: "retry", metric: "rate-limited" },
  /** A message above maxMessageBytes. */
  MessageTooLarge: { code: 4009, after: "retry", metric: "message-too-large" },
  /** A message that does not decode as y-websocket sync or awareness. */
  Malformed: { code: 4010, after: "retry", metric: "malformed" },
  /** The update would grow the document past maxDocumentBytes. */
  DocumentTooLarge: { code: 4011, after: "retry", metric: "document-too-large" },
  /** The board token expired while connected: fetch a fresh one and reconnect. */
  TokenExpired: { code: 4012, after: "renew", metric: "token-expired" },
  /** The person lost access to the board (removed, or the session is gone): fetch a token to learn whether any is left. */
  AccessRevoked: { code: 4013, after: "recheck", metric: "access-revoked" },
  /** The person's role changed (editor to viewer): fetch a fresh token and reconnect with the new role. */
  RoleChanged: { code: 4014, after: "renew", metric: "role-changed" },
  /**
   * A write would pass a storage quota (bytes of board log per document or per person): the
   * update was not stored. Retrying cannot help until storage is freed; the reason says which quota.
   */
  StorageQuotaExceeded: {
    code: 4015,
    after: "stop",
    message: "This board reached its storage quota; changes are no longer saved",
    serverWorded: true,
    metric: "storage-quota",
  },
  /**
   * An update wrote a board record the board's schema refuses (an invalid shape, a schema
   * newer than the server's): the update was not stored. The refused change is still in the
   * tab's copy, and resending it would be refused again.
   */
  InvalidRecord: {
    code: 4018,
    after: "stop",
    message: "A change to the board was refused as invalid and not saved; reload the page",
    metric: "invalid-record",
  },
  /** The person already has the most open board connections a server allows; close one (another tab) and retry. */
  TooManyConnections: {
    code: 4016,
    after: "stop",
    message: "Too many open board connections; close another tab and reload",
    serverWorded: true,
  },
  /**
   * Another collab server owns the document now (a server handed it over, lost it, or is
   * not the one it belongs to): reconnect at once through the same address; the load
   * balancer routes the reconnect to the owner. Nothing acknowledged is lost.
   */
  Moved: { code: 4017, after: "move", metric: "moved" },
  /** The server is shutting down; reconnect. */
  GoingAway: { code: 1001, after: "retry", metric: "shutdown" },
} as const satisfies Record<string, CloseCodeRow>;

type CloseCodeName = keyof typeof CLOSE_CODES;
type Row = (typeof CLOSE_CODES)[CloseCodeName];

/** The close codes by name. */
export const CloseCode = Object.fromEntries(
  Object.entries(CLOSE_CODES).map(([name, row]) => [name, row.code]),
) as { readonly [Name in CloseCodeName]: (typeof CLOSE_CODES)[Name]["code"] };
export type CloseCode = Row["code"];

/** The names the collab server counts closes under, one per code that closes an accepted connection. */
export type CloseCodeMetric = Extract<Row, { metric: string }>["metric"];
export const CLOSE_CODE_METRICS = Object.values(CLOSE_CODES).flatMap((row: CloseCodeRow) =>
  row.metric ? [row.metric] : [],
) as CloseCodeMetric[];

const rowsByCode = new Map<number, CloseCodeRow>(Object.values(CLOSE_CODES).map((row) => [row.code, row]));

/** What the client does after a close with `code`; a code not in the table (1006, a proxy's) is retried. */
export function afterClose(code: number): AfterClose {
  return rowsByCode.get(code)?.after ?? "retry";
}

/** For a final close: what the person is told, the server's own reason when the row prefers it. */
export function finalCloseMessage(code: number, serverReason: string): string | undefined {
  const row = rowsByCode.get(code);
  if (row?.after !== "stop") return undefined;
  return row.serverWorded && serverReason ? serverReason : row.message;
}

/** The name the collab server counts a close with `code` under, if it counts it. */
export function closeCodeMetric(code: number): CloseCodeMetric | undefined {
  return rowsByCode.get(code)?.metric as CloseCodeMetric | undefined;
}

/** Close codes after which reconnecting with the same token cannot help. */
export function needsNewToken(code: number): boolean {
  const after = afterClose(code);
  return after === "renew" || after === "recheck";
}
