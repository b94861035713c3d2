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
