/** Bumped when client and server can no longer talk; named in the websocket subprotocol (see subprotocol.ts). */
export const PROTOCOL_VERSION = 1;

/** Limits the collab server enforces per connection and per document. */
export const LIMITS = {
  /** One websocket message (a sync update or an awareness update). */
  maxMessageBytes: 512 * 1024,
  /** A whole board document (merged state); larger updates are refused. */
  maxDocumentBytes: 16 * 1024 * 1024,
  /** Token bucket per connection: sustained messages per second and burst. */
  messagesPerSecond: 60,
  messageBurst: 240,
  /** Board tokens are short-lived; the client refreshes before reconnecting. */
  boardTokenTtlSeconds: 10 * 60,
  /** The longest name a token or a presence carries; the web app cuts longer names to fit. */
  maxDisplayNameLength: 80,
} as const;

/** Websocket close codes (4000-4999 is the application range). */
export const CloseCode = {
  /** Token missing, malformed, expired, with a bad signature, or sent in the URL. */
  Unauthorized: 4001,
  /** Valid token, but for another document. */
  WrongDocument: 4003,
  /** The client speaks another protocol version (or offers no `mockboard.v<N>` subprotocol). */
  VersionMismatch: 4005,
  /** More messages than the rate limit allows. */
  RateLimited: 4008,
  /** A message above maxMessageBytes. */
  MessageTooLarge: 4009,
  /** A message that does not decode as y-websocket sync or awareness. */
  Malformed: 4010,
  /** The update would grow the document past maxDocumentBytes. */
  DocumentTooLarge: 4011,
  /** The board token expired while connected: fetch a fresh one and reconnect. */
  TokenExpired: 4012,
  /** The person lost access to the board (removed, or the session is gone): fetch a token to learn whether any is left. */
  AccessRevoked: 4013,
  /** The person's role changed (editor to viewer): fetch a fresh token and reconnect with the new role. */
  RoleChanged: 4014,
  /**
   * A write would pass a storage quota (bytes of board log per document or per person):
   * the update was not stored. Reconnecting does not help; the reason says which quota.
   */
  StorageQuotaExceeded: 4015,
  /**
   * An update wrote a board record the board's schema refuses (an invalid shape, a schema
   * newer than the server's): the update was not stored. The reason says what was wrong.
   */
  InvalidRecord: 4017,
  /** The person already has the most open board connections a server allows; close one (another tab) and retry. */
  TooManyConnections: 4016,
  /**
   * Another collab server owns the document now (a server handed it over, lost it, or is
   * not the one it belongs to): reconnect at once through the same address, with the same
   * token; the load balancer routes the reconnect to the owner. Nothing acknowledged is lost.
   */
  Moved: 4017,
  /** The server is shutting down; reconnect. */
  GoingAway: 1001,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which reconnecting with the same token cannot help. */
export function needsNewToken(code: number): boolean {
  return (
    code === CloseCode.Unauthorized ||
    code === CloseCode.TokenExpired ||
    code === CloseCode.AccessRevoked ||
    code === CloseCode.RoleChanged
  );
}
