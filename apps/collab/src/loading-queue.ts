// Messages that arrive while a room loads its document. A stock client sends two or
// three messages before it hears back; they wait here and are handled, in arrival
// order, once the document is loaded, so nobody is answered from an empty document.
import { CloseCode } from "@mockboard/protocol";
import type { Connection } from "./connection";
import { ProtocolError } from "./messages";

/** Messages held per room while it loads. */
const MAX_WAITING_BYTES = 8 * 1024 * 1024;

export class LoadingQueue {
  private waiting: Array<[Connection, Uint8Array]> = [];
  private waitingBytes = 0;

  /** Holds a message until the document is loaded. Throws ProtocolError past the room's budget. */
  hold(connection: Connection, data: Uint8Array): void {
    // A slow load must not let clients pile up memory.
    if (this.waitingBytes + data.length > MAX_WAITING_BYTES) {
      throw new ProtocolError(CloseCode.RateLimited, "too much data before the document loaded");
    }
    this.waitingBytes += data.length;
    this.waiting.push([connection, data]);
  }

  /**
   * Hands every held message to `deliver` in arrival order while `open()` holds, skipping
   * connections that closed meanwhile; a message that fails closes only its own connection.
   */
  drain(deliver: (connection: Connection, data: Uint8Array) => void, open: () => boolean): void {
    const waiting = this.take();
    for (const [connection, data] of waiting) {
      if (connection.isClosed || !open()) continue;
      try {
        deliver(connection, data);
      } catch (error) {
        connection.fail(error);
      }
    }
  }

  /** Drops every held message (the room failed to load). */
  clear(): void {
    this.take();
  }

  private take(): Array<[Connection, Uint8Array]> {
    const waiting = this.waiting;
    this.waiting = [];
    this.waitingBytes = 0;
    return waiting;
  }
}
