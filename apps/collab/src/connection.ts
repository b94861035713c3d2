// One admitted websocket: enforces the per-connection limits (frame type, size, rate)
// before anything is decoded, and turns every failure into a close with a precise
// code, so a bad client only ever hurts itself.
import { CloseCode, closeCodeMetric } from "@mockboard/protocol";
import type { Logger } from "pino";
import type { RawData, WebSocket } from "ws";
import type { ConnectionIdentity } from "./auth";
import type { CollabLimits } from "./limits";
import { ProtocolError } from "./messages";
import type { CloseReason, Metrics } from "./metrics";
import { TokenBucket } from "./rate-limit";

/** The room side of a connection. */
export interface ConnectionRoom {
  receive(connection: Connection, data: Uint8Array): void;
  detach(connection: Connection): void;
}

export interface ConnectionDeps {
  limits: CollabLimits;
  metrics: Metrics;
  logger: Logger;
  onClosed(connection: Connection): void;
}

const InternalError = 1011;
const TryAgainLater = 1013;
/** setTimeout's longest delay; tokens live minutes, so this only guards odd clocks. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class Connection {
  room: ConnectionRoom | null = null;
  /** Cleared by each heartbeat, set again by a pong. */
  alive = true;
  private closed = false;
  private readonly bucket: TokenBucket;
  private readonly expiry: NodeJS.Timeout;
  /** Resolves when the socket is fully closed. */
  readonly whenClosed: Promise<void>;

  constructor(
    private readonly ws: WebSocket,
    readonly identity: ConnectionIdentity,
    private readonly deps: ConnectionDeps,
  ) {
    this.bucket = new TokenBucket(deps.limits.messagesPerSecond, deps.limits.messageBurst);
    // Access is checked at connect and holds only as long as the token does.
    this.expiry = setTimeout(
      () => this.expire(),
      Math.min(MAX_TIMER_MS, Math.max(0, identity.expiresAt - Date.now())),
    );
    this.expiry.unref();
    ws.on("message", (data, isBinary) => this.onMessage(data, isBinary));
    ws.on("pong", () => {
      this.alive = true;
    });
    // ws closes the socket itself after a protocol-level error (bad frame, frame above
    // maxPayload); the error only needs to be counted, never rethrown.
    ws.on("error", (error: Error & { code?: string }) => {
      if (this.closed) return;
      this.deps.metrics.recordClose(
        error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH" ? "message-too-large" : "malformed",
      );
      this.deps.logger.debug({ err: error, docId: identity.docId }, "websocket error");
      this.detach();
    });
    this.whenClosed = new Promise((resolve) => {
      ws.once("close", () => {
        this.detach();
        resolve();
      });
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.deps.limits.maxBufferedBytes) {
      this.close(TryAgainLater, "connection too slow", "slow-consumer");
      return;
    }
    this.ws.send(frame);
  }

  /** Closes the connection for `error`: protocol errors with their code, anything else as internal. */
  fail(error: unknown): void {
    if (error instanceof ProtocolError) {
      this.close(error.code, error.message, closeCodeMetric(error.code));
      return;
    }
    this.deps.logger.error({ err: error, docId: this.identity.docId }, "unexpected error handling a message");
    this.close(InternalError, "internal error");
  }

  /** Sends a close frame and leaves the room at once; later messages are ignored. */
  close(code: number, reason: string, metric?: CloseReason): void {
    if (this.closed) return;
    if (metric) this.deps.metrics.recordClose(metric);
    this.detach();
    try {
      this.ws.close(code, reason);
    } catch {
      this.ws.terminate();
    }
  }

  /** Drops the socket without a close handshake (dead peer, shutdown deadline). */
  terminate(): void {
    this.detach();
    this.ws.terminate();
  }

  ping(): void {
    this.alive = false;
    try {
      this.ws.ping();
    } catch {
      this.terminate();
    }
  }

  private expire(): void {
    this.close(CloseCode.TokenExpired, "token expired", "token-expired");
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    // The timer may fire a little late; nothing that arrives past expiry is handled.
    if (Date.now() >= this.identity.expiresAt) {
      this.expire();
      return;
    }
    this.alive = true;
    try {
      if (!isBinary || !Buffer.isBuffer(data)) {
        throw new ProtocolError(CloseCode.Malformed, "only binary messages are accepted");
      }
      if (data.length > this.deps.limits.maxMessageBytes) {
        throw new ProtocolError(CloseCode.MessageTooLarge, "message too large");
      }
      if (!this.bucket.take()) throw new ProtocolError(CloseCode.RateLimited, "too many messages");
      this.room?.receive(this, data);
    } catch (error) {
      this.fail(error);
    }
  }

  private detach(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.expiry);
    this.room?.detach(this);
    this.deps.onClosed(this);
  }
}
