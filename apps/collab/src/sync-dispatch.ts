// What a room says to a connection: its greeting once the document is loaded, and the
// answer to each decoded client message. Storing an update is the room's job (accept),
// presence is PresenceClaims'.

import { CloseCode } from "@mockboard/protocol";
import * as Y from "yjs";
import type { Connection } from "./connection";
import { decodeClientMessage, encodeSyncStep1, encodeSyncStep2, ProtocolError } from "./messages";
import type { PresenceClaims } from "./presence-claims";

/** Validates and stores an editor's update; `frame` is the client's message when it can be relayed as is. */
export type AcceptUpdate = (connection: Connection, update: Uint8Array, frame: Uint8Array | null) => void;

export class SyncDispatch {
  constructor(
    private readonly doc: Y.Doc,
    private readonly presence: PresenceClaims,
    private readonly accept: AcceptUpdate,
  ) {}

  /** What a connection gets once the document is loaded. */
  greet(connection: Connection): void {
    // Viewers never get the server's state vector, so a stock client has no reason to
    // send its own state back; their updates would be ignored anyway.
    if (connection.identity.role === "editor")
      connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    if (!this.presence.isEmpty) connection.send(this.presence.encodeAll());
  }

  /** Handles one message of a loaded room. Throws ProtocolError. */
  handle(connection: Connection, data: Uint8Array): void {
    const message = decodeClientMessage(data);
    switch (message.kind) {
      case "sync-step1":
        connection.send(encodeSyncStep2(this.diffFrom(message.stateVector)));
        return;
      case "update":
        if (connection.identity.role === "editor") {
          this.accept(connection, message.update, message.isUpdateFrame ? data : null);
        }
        return;
      case "awareness":
        this.presence.apply(connection, message.update);
        return;
      case "query-awareness":
        connection.send(this.presence.encodeAll());
        return;
    }
  }

  private diffFrom(stateVector: Uint8Array): Uint8Array {
    try {
      return Y.encodeStateAsUpdate(this.doc, stateVector);
    } catch {
      throw new ProtocolError(CloseCode.Malformed, "state vector does not decode");
    }
  }
}
