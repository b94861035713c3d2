// One document in memory and the connections editing it. The room is the single writer
// of its log: it assigns seqs, and an update reaches the Y.Doc and the other clients
// only after the log holds it, so anything a client has seen survives a crash.
//
// Lifecycle: loading (messages queue) -> ready -> destroyed once the last client left and
// every write settled; or failed (load or store error) -> destroyed, replaced by a fresh
// room for whoever joins next. A client joining during teardown keeps the room alive.
import type { BoardLog } from "@mockboard/db/board-log";
import { CloseCode } from "@mockboard/protocol";
import type { Logger } from "pino";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { type AwarenessEntry, decodeAwarenessUpdate, encodeStampedAwareness } from "./awareness";
import { Connection, type ConnectionRoom } from "./connection";
import type { CollabLimits } from "./limits";
import {
  decodeClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  ProtocolError,
} from "./messages";
import type { Metrics } from "./metrics";
import type { PendingUpdate, UpdateOwner, UpdateWriter } from "./persistence";
import type { Semaphore } from "./semaphore";

export interface RoomDeps {
  log: BoardLog;
  writer: UpdateWriter;
  metrics: Metrics;
  logger: Logger;
  limits: CollabLimits;
  snapshotEvery: number;
  /** Bounds concurrent snapshot writes server-wide (rooms tend to cross the threshold together). */
  snapshotSlots: Semaphore;
  onDestroyed(room: Room): void;
}

interface InFlightUpdate {
  stored: PendingUpdate;
  origin: Connection;
  /** The client's own message when it already is an update frame, relayed without copying. */
  frame: Uint8Array | null;
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

const InternalError = 1011;
/** Messages held per room while it loads. */
const MAX_WAITING_BYTES = 8 * 1024 * 1024;
/** How often the exact encoded size may be recomputed near the document limit. */
const EXACT_SIZE_INTERVAL_MS = 1000;

export class Room implements UpdateOwner, ConnectionRoom {
  private readonly doc = new Y.Doc();
  private readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Each connection with the awareness client id it speaks for, once it has published one. */
  private readonly connections = new Map<Connection, number | null>();
  private state: "loading" | "ready" | "failed" | "destroyed" = "loading";
  private readonly lane: number;
  private nextSeq = 1;
  private appliedSeq = 0;
  private snapshotSeq = 0;
  private inFlight: InFlightUpdate[] = [];
  private pendingBytes = 0;
  /** Upper estimate of the encoded document size (last exact size + bytes since). */
  private docBytes = 0;
  private lastExactSizeAt = Number.NEGATIVE_INFINITY;
  private snapshotWrite: Promise<void> | null = null;
  private snapshotScheduled = false;
  private waiting: Array<[Connection, Uint8Array]> = [];
  private waitingBytes = 0;
  private settledWaiters: Array<() => void> = [];
  private tearingDown = false;
  private readonly loaded: Promise<void>;
  private markDestroyed: () => void = () => undefined;
  /** Resolves when the room is gone; a replacement loads only after that. */
  readonly destroyed: Promise<void>;

  constructor(
    readonly docId: string,
    private readonly deps: RoomDeps,
    previous?: Promise<void>,
  ) {
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.onAwarenessUpdate);
    this.lane = deps.writer.laneFor(docId);
    this.destroyed = new Promise((resolve) => {
      this.markDestroyed = resolve;
    });
    this.loaded = this.load(previous);
  }

  /** Loading or ready: new connections may join. */
  get usable(): boolean {
    return this.state === "loading" || this.state === "ready";
  }

  /** UpdateOwner: the writer drops queued updates of a room that gave up. */
  get accepting(): boolean {
    return this.state === "ready";
  }

  attach(connection: Connection): void {
    this.connections.set(connection, null);
    connection.room = this;
    if (this.state === "ready") this.greet(connection);
  }

  detach(connection: Connection): void {
    if (!this.connections.has(connection)) return;
    const clientId = this.connections.get(connection);
    this.connections.delete(connection);
    if (typeof clientId === "number") {
      awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], null);
    }
    if (this.connections.size === 0) void this.teardown();
  }

  receive(connection: Connection, data: Uint8Array): void {
    if (this.state === "ready") {
      this.handle(connection, data);
    } else if (this.state === "loading") {
      // A slow load must not let clients pile up memory: a stock client sends two or
      // three messages before it hears back.
      if (this.waitingBytes + data.length > MAX_WAITING_BYTES) {
        throw new ProtocolError(CloseCode.RateLimited, "too much data before the document loaded");
      }
      this.waitingBytes += data.length;
      this.waiting.push([connection, data]);
    }
  }

  /** Closes every connection with `code` and resolves once the room is flushed and gone. */
  shutdown(code: number, reason: string): Promise<void> {
    for (const connection of [...this.connections.keys()]) connection.close(code, reason, "shutdown");
    if (this.connections.size === 0) void this.teardown();
    return this.destroyed;
  }

  committed(stored: PendingUpdate): void {
    const entry = this.inFlight[0];
    if (entry?.stored !== stored) {
      this.failed(new Error(`update ${stored.seq} of ${this.docId} committed out of order`));
      return;
    }
    this.inFlight.shift();
    this.pendingBytes -= stored.bytes.length;
    this.appliedSeq = stored.seq;
    try {
      Y.applyUpdate(this.doc, stored.bytes);
      // Everyone gets it, the sender included: the echo tells it the update is durable.
      const frame = entry.frame ?? encodeSyncUpdate(stored.bytes);
      for (const connection of this.connections.keys()) connection.send(frame);
    } catch (error) {
      // It decoded but Yjs could not integrate it. It stays in the log (loads skip it),
      // and the client that sent it is cut off.
      this.deps.logger.warn(
        { err: error, docId: this.docId, seq: stored.seq },
        "stored update does not apply",
      );
      entry.origin.fail(new ProtocolError(CloseCode.Malformed, "update could not be applied"));
    }
    if (this.appliedSeq - this.snapshotSeq >= this.deps.snapshotEvery) this.scheduleSnapshot();
    if (this.inFlight.length === 0) this.notifySettled();
  }

  failed(error: unknown): void {
    if (!this.usable) return;
    this.deps.logger.error(
      { err: error, docId: this.docId },
      "room failed; clients will reconnect and resync",
    );
    this.state = "failed";
    this.inFlight = [];
    this.pendingBytes = 0;
    this.notifySettled();
    for (const connection of [...this.connections.keys()]) {
      connection.close(InternalError, "document storage failed; reconnect", "storage-failed");
    }
    void this.teardown();
  }

  private async load(previous: Promise<void> | undefined): Promise<void> {
    try {
      await previous;
      const stored = await this.deps.log.loadDoc(this.docId);
      let bytes = 0;
      this.doc.transact(() => {
        if (stored.snapshot) bytes += this.applyStored(stored.snapshot.state, stored.snapshot.seq);
        for (const update of stored.updates) bytes += this.applyStored(update.bytes, update.seq);
      });
      this.nextSeq = stored.lastSeq + 1;
      this.appliedSeq = stored.lastSeq;
      this.snapshotSeq = stored.snapshot?.seq ?? 0;
      this.docBytes = bytes;
      this.state = "ready";
      for (const connection of this.connections.keys()) this.greet(connection);
      const waiting = this.waiting;
      this.waiting = [];
      this.waitingBytes = 0;
      for (const [connection, data] of waiting) {
        if (connection.isClosed || this.state !== "ready") continue;
        try {
          this.handle(connection, data);
        } catch (error) {
          connection.fail(error);
        }
      }
      if (stored.updates.length >= this.deps.snapshotEvery) this.scheduleSnapshot();
    } catch (error) {
      this.deps.logger.error({ err: error, docId: this.docId }, "could not load document");
      this.state = "failed";
      this.waiting = [];
      this.waitingBytes = 0;
      for (const connection of [...this.connections.keys()]) {
        connection.close(InternalError, "document could not be loaded; reconnect", "storage-failed");
      }
      void this.teardown();
    }
  }

  private applyStored(update: Uint8Array, seq: number): number {
    try {
      Y.applyUpdate(this.doc, update);
    } catch (error) {
      this.deps.logger.warn(
        { err: error, docId: this.docId, seq },
        "skipping a stored update that does not apply",
      );
    }
    return update.length;
  }

  /** What a connection gets once the document is loaded. */
  private greet(connection: Connection): void {
    // Viewers never get the server's state vector, so a stock client has no reason to
    // send its own state back; their updates would be ignored anyway.
    if (connection.identity.role === "editor")
      connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      connection.send(
        encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])),
      );
    }
  }

  private handle(connection: Connection, data: Uint8Array): void {
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
        this.applyAwareness(connection, message.update);
        return;
      case "query-awareness":
        connection.send(
          encodeAwareness(
            awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]),
          ),
        );
        return;
    }
  }

  /**
   * Applies the part of an awareness update the connection may speak for. Stock clients
   * relay every state they hear about, so states of other clients are dropped, not errors.
   */
  private applyAwareness(connection: Connection, update: Uint8Array): void {
    if (update.length > this.deps.limits.maxAwarenessBytes) {
      throw new ProtocolError(CloseCode.MessageTooLarge, "awareness update too large");
    }
    const own = decodeAwarenessUpdate(update).filter((entry) => this.maySpeakFor(connection, entry));
    if (own.length === 0) return;
    const { identity } = connection;
    const user = { id: identity.userId, name: identity.name, color: identity.color, role: identity.role };
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeStampedAwareness(own, user), connection);
  }

  /**
   * A connection speaks for one awareness client: the first one it publishes a fresh state
   * for. A client id someone else speaks for stays theirs, except that the same person
   * reconnecting takes theirs over from a socket the server has not yet seen die.
   */
  private maySpeakFor(connection: Connection, entry: AwarenessEntry): boolean {
    const claimed = this.connections.get(connection);
    if (claimed !== null && claimed !== undefined) return claimed === entry.clientId;
    if (entry.state === null) return false;
    const owner = this.speakerFor(entry.clientId);
    if (owner) {
      if (owner.identity.userId !== connection.identity.userId) return false;
      this.connections.set(owner, null);
    } else {
      // A relayed copy of a departed client's last state is not a fresh claim.
      const known = this.awareness.meta.get(entry.clientId);
      if (known && entry.clock <= known.clock) return false;
    }
    this.connections.set(connection, entry.clientId);
    return true;
  }

  private speakerFor(clientId: number): Connection | null {
    for (const [connection, claimed] of this.connections) {
      if (claimed === clientId) return connection;
    }
    return null;
  }

  private diffFrom(stateVector: Uint8Array): Uint8Array {
    try {
      return Y.encodeStateAsUpdate(this.doc, stateVector);
    } catch {
      throw new ProtocolError(CloseCode.Malformed, "state vector does not decode");
    }
  }

  /** Validates an editor's update and queues it for the log; it is applied on commit. */
  private accept(connection: Connection, update: Uint8Array, frame: Uint8Array | null): void {
    let decoded: ReturnType<typeof Y.decodeUpdate>;
    try {
      decoded = Y.decodeUpdate(update);
    } catch {
      throw new ProtocolError(CloseCode.Malformed, "update does not decode");
    }
    // A client with nothing new answers sync step 1 with an empty update.
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return;
    this.reserveDocBytes(update.length);
    const stored: PendingUpdate = {
      docId: this.docId,
      seq: this.nextSeq++,
      userId: connection.identity.userId,
      bytes: update,
      at: Date.now(),
      receivedAt: performance.now(),
      owner: this,
    };
    this.inFlight.push({ stored, origin: connection, frame });
    this.pendingBytes += update.length;
    this.deps.writer.enqueue(stored, this.lane);
  }

  /**
   * Refuses an update that would push the document past its limit. Encoding the whole
   * document is costly, so the exact size is only taken when the cheap upper estimate
   * crosses the limit, and at most once a second.
   */
  private reserveDocBytes(size: number): void {
    const max = this.deps.limits.maxDocumentBytes;
    if (this.docBytes + size > max) {
      const now = performance.now();
      if (now - this.lastExactSizeAt >= EXACT_SIZE_INTERVAL_MS) {
        this.lastExactSizeAt = now;
        this.docBytes = Y.encodeStateAsUpdate(this.doc).length + this.pendingBytes;
      }
      if (this.docBytes + size > max) {
        throw new ProtocolError(CloseCode.DocumentTooLarge, "the document would exceed its size limit");
      }
    }
    this.docBytes += size;
  }

  private readonly onAwarenessUpdate = (change: AwarenessChange, origin: unknown): void => {
    const owner = origin instanceof Connection ? origin : null;
    const changed = change.added.concat(change.updated, change.removed);
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const connection of this.connections.keys()) {
      if (connection !== owner) connection.send(frame);
    }
  };

  private scheduleSnapshot(): void {
    if (this.snapshotScheduled || this.snapshotWrite) return;
    this.snapshotScheduled = true;
    // Off the commit path: the update that crossed the threshold is broadcast first.
    setImmediate(() => {
      this.snapshotScheduled = false;
      if (this.state === "ready") void this.snapshot();
    });
  }

  private snapshot(): Promise<void> {
    if (this.snapshotWrite) return this.snapshotWrite;
    if (this.appliedSeq <= this.snapshotSeq) return Promise.resolve();
    const write = this.deps.snapshotSlots
      .run(() => this.writeSnapshot())
      .catch((error: unknown) => {
        this.deps.logger.warn(
          { err: error, docId: this.docId },
          "snapshot failed; the log keeps every update",
        );
      })
      .finally(() => {
        this.snapshotWrite = null;
      });
    this.snapshotWrite = write;
    return write;
  }

  /** Runs in a server-wide slot; encodes only then, so queued snapshots hold no memory. */
  private async writeSnapshot(): Promise<void> {
    const seq = this.appliedSeq;
    if (this.state !== "ready" || seq <= this.snapshotSeq) return;
    const state = Y.encodeStateAsUpdate(this.doc);
    this.docBytes = state.length + this.pendingBytes;
    await this.deps.log.writeSnapshot(this.docId, seq, state);
    this.snapshotSeq = Math.max(this.snapshotSeq, seq);
    this.deps.metrics.recordSnapshot(state.length);
  }

  private settled(): Promise<void> {
    if (this.inFlight.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private notifySettled(): void {
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Flushes and drops the room once it has no connections; stops if someone joins meanwhile. */
  private async teardown(): Promise<void> {
    if (this.tearingDown || this.state === "destroyed") return;
    this.tearingDown = true;
    try {
      let snapshotTried = false;
      for (;;) {
        await this.loaded;
        await this.settled();
        if (this.connections.size > 0) return;
        if (this.inFlight.length > 0) continue;
        if (this.snapshotWrite) {
          await this.snapshotWrite;
          continue;
        }
        if (this.state === "ready" && !snapshotTried && this.appliedSeq > this.snapshotSeq) {
          snapshotTried = true;
          await this.snapshot();
          continue;
        }
        break;
      }
      this.destroy();
    } catch (error) {
      this.deps.logger.error({ err: error, docId: this.docId }, "room teardown failed");
      if (this.connections.size === 0 && this.inFlight.length === 0) this.destroy();
    } finally {
      this.tearingDown = false;
    }
  }

  private destroy(): void {
    if (this.state === "destroyed") return;
    this.state = "destroyed";
    this.awareness.off("update", this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
    this.deps.onDestroyed(this);
    this.markDestroyed();
  }
}
