// Presence in one room: the room's awareness, which awareness client each connection
// speaks for, and the relay of every accepted change to everyone else. Whether a state
// is well-formed, and whose name it carries, is awareness.ts; here is who may speak for
// which client.
import { CloseCode } from "@mockboard/protocol";
import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import { type AwarenessEntry, decodeAwarenessUpdate, encodeStampedAwareness } from "./awareness";
import { Connection } from "./connection";
import { encodeAwareness, ProtocolError } from "./messages";

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** Sends an awareness frame to every connection in the room but `except`. */
export type AwarenessRelay = (frame: Uint8Array, except: Connection | null) => void;

export class PresenceClaims {
  private readonly awareness: awarenessProtocol.Awareness;
  /** Each connection with the awareness client id it speaks for, once it has published one. */
  private readonly claims = new Map<Connection, number | null>();

  constructor(
    doc: Y.Doc,
    private readonly maxAwarenessBytes: number,
    private readonly relay: AwarenessRelay,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.onAwarenessUpdate);
  }

  join(connection: Connection): void {
    this.claims.set(connection, null);
  }

  /** The connection left: the presence it spoke for goes with it. */
  leave(connection: Connection): void {
    const clientId = this.claims.get(connection);
    this.claims.delete(connection);
    if (typeof clientId === "number") {
      awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], null);
    }
  }

  get isEmpty(): boolean {
    return this.awareness.getStates().size === 0;
  }

  /** Every known presence as one awareness frame. */
  encodeAll(): Uint8Array {
    return encodeAwareness(
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]),
    );
  }

  /**
   * Applies the part of an awareness update the connection may speak for. Stock clients
   * relay every state they hear about, so states of other clients are dropped, not errors.
   */
  apply(connection: Connection, update: Uint8Array): void {
    if (update.length > this.maxAwarenessBytes) {
      throw new ProtocolError(CloseCode.MessageTooLarge, "awareness update too large");
    }
    const own = decodeAwarenessUpdate(update).filter((entry) => this.maySpeakFor(connection, entry));
    if (own.length === 0) return;
    const { identity } = connection;
    const user = { id: identity.userId, name: identity.name, color: identity.color, role: identity.role };
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeStampedAwareness(own, user), connection);
  }

  destroy(): void {
    this.awareness.off("update", this.onAwarenessUpdate);
    this.awareness.destroy();
  }

  /**
   * A connection speaks for one awareness client: the first one it publishes a fresh state
   * for. A client id someone else speaks for stays theirs, except that the same person
   * reconnecting takes theirs over from a socket the server has not yet seen die.
   */
  private maySpeakFor(connection: Connection, entry: AwarenessEntry): boolean {
    const claimed = this.claims.get(connection);
    if (claimed !== null && claimed !== undefined) return claimed === entry.clientId;
    if (entry.state === null) return false;
    const owner = this.speakerFor(entry.clientId);
    if (owner) {
      if (owner.identity.userId !== connection.identity.userId) return false;
      this.claims.set(owner, null);
    } else {
      // A relayed copy of a departed client's last state is not a fresh claim.
      const known = this.awareness.meta.get(entry.clientId);
      if (known && entry.clock <= known.clock) return false;
    }
    this.claims.set(connection, entry.clientId);
    return true;
  }

  private speakerFor(clientId: number): Connection | null {
    for (const [connection, claimed] of this.claims) {
      if (claimed === clientId) return connection;
    }
    return null;
  }

  private readonly onAwarenessUpdate = (change: AwarenessChange, origin: unknown): void => {
    const owner = origin instanceof Connection ? origin : null;
    const changed = change.added.concat(change.updated, change.removed);
    this.relay(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)), owner);
  };
}
