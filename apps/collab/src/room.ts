// One document in memory and the connections editing it. The room is the single writer
// of its log: it assigns seqs, and an update reaches the Y.Doc and the other clients
// only after the log holds it, so anything a client has seen survives a crash.
//
// Lifecycle: loading (takes the document's lease, then reads it; messages queue) -> ready
// -> destroyed once the last client left and every write settled, and the lease is given
// back. Or: failed (load or store error), replaced by a fresh room for whoever joins next;
// moving (another node asked for the document: clients are sent there, queued writes
// flush, then the lease is released); lost (the lease went to another node: nothing more
// is written, clients are sent on). A client joining during teardown keeps the room alive.
//
// The room keeps the lifecycle and the log; each other concern has its own file:
// loading-queue.ts (messages held while loading), sync-dispatch.ts (greeting and
// answering clients), presence-claims.ts (who speaks for which presence),
// document-size.ts (the size limit), storage-quotas.ts (stored bytes per document and per
// person) and snapshot-schedule.ts (background snapshots).
import type { BoardLog, BoardLogUsage } from "@mockboard/db/board-log";
import { CloseCode } from "@mockboard/protocol";
import type { TLSchema } from "@tldraw/tlschema";
import type { Logger } from "pino";
import * as Y from "yjs";
import { BoardRecordError, checkBoardUpdate } from "./board-records";
import type { Connection, ConnectionRoom } from "./connection";
import { DocumentSize } from "./document-size";
import type { CollabLimits } from "./limits";
import { LoadingQueue } from "./loading-queue";
import { encodeSyncUpdate, ProtocolError } from "./messages";
import type { Metrics } from "./metrics";
import { wallClock } from "./metrics";
import { DocumentMovedError } from "./ownership";
import type { PendingUpdate, UpdateOwner, UpdateWriter } from "./persistence";
import { PresenceClaims } from "./presence-claims";
import type { Semaphore } from "./semaphore";
import { SnapshotSchedule } from "./snapshot-schedule";
import { DocumentQuota, type UserQuotas } from "./storage-quotas";
import { SyncDispatch } from "./sync-dispatch";

/** The document leases, as a room uses them (ownership.ts). */
export interface RoomLeases {
  /** Resolves with the lease's epoch; throws DocumentMovedError when the document is another node's. */
  acquire(docId: string, stillWanted: () => boolean): Promise<number>;
  release(docId: string, epoch: number): void;
}

export interface RoomDeps {
  log: BoardLog;
  leases: RoomLeases;
  /** Stored log bytes, read once per load for the document's storage quota. */
  usage: BoardLogUsage;
  /** Per-person storage quotas, shared by every room on this server. */
  users: UserQuotas;
  writer: UpdateWriter;
  metrics: Metrics;
  logger: Logger;
  limits: CollabLimits;
  snapshotEvery: number;
  /** Bounds concurrent snapshot writes server-wide (rooms tend to cross the threshold together). */
  snapshotSlots: Semaphore;
  /** The board's tldraw schema: what every record an editor writes is checked against. */
  boardSchema: TLSchema;
  onDestroyed(room: Room): void;
}

interface InFlightUpdate {
  stored: PendingUpdate;
  origin: Connection;
  /** The client's own message when it already is an update frame, relayed without copying. */
  frame: Uint8Array | null;
  /** Its new items: later updates may sit next to them before it is applied. */
  items: readonly Y.Item[];
}

const InternalError = 1011;
const MOVED_REASON = "the board moved to another server; reconnect";

export class Room implements UpdateOwner, ConnectionRoom {
  private readonly doc = new Y.Doc();
  private readonly connections = new Set<Connection>();
  private readonly presence: PresenceClaims;
  private readonly sync: SyncDispatch;
  private readonly size: DocumentSize;
  private readonly storedQuota: DocumentQuota;
  private readonly snapshots: SnapshotSchedule;
  private readonly queue = new LoadingQueue();
  private state: "loading" | "ready" | "moving" | "lost" | "failed" | "destroyed" = "loading";
  /** The lease this room writes under, once taken; acquiredAt is performance.now(). */
  private held: { epoch: number; acquiredAt: number } | null = null;
  /** Wall-clock times of this owner's first stored update and its last stored append's sending. */
  private firstStoredAt: number | null = null;
  private lastSentAt = 0;
  private readonly lane: number;
  private nextSeq = 1;
  private appliedSeq = 0;
  private inFlight: InFlightUpdate[] = [];
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
    this.presence = new PresenceClaims(this.doc, deps.limits.maxAwarenessBytes, (frame, except) => {
      for (const connection of this.connections) {
        if (connection !== except) connection.send(frame);
      }
    });
    this.sync = new SyncDispatch(this.doc, this.presence, (connection, update, frame) =>
      this.accept(connection, update, frame),
    );
    this.size = new DocumentSize(this.doc, deps.limits.maxDocumentBytes);
    this.storedQuota = new DocumentQuota(deps.limits.boardLogQuotaBytes);
    this.snapshots = new SnapshotSchedule(
      {
        docId,
        doc: this.doc,
        appliedSeq: () => this.appliedSeq,
        ready: () => this.state === "ready",
        measured: (bytes) => this.size.measured(bytes),
        documentBytes: () => this.size.bytes,
        fits: (bytes) => this.storedQuota.fits(bytes),
        stored: (delta) => this.storedQuota.add(delta),
      },
      deps,
    );
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

  /** UpdateOwner: the writer drops queued updates of a room that gave up (a moving room still flushes). */
  get accepting(): boolean {
    return this.state === "ready" || this.state === "moving";
  }

  /** The lease while the room holds one (until it is released or lost). */
  get lease(): { epoch: number; acquiredAt: number } | null {
    return this.held;
  }

  /** This owner's writes so far (see WriteWindow), null before its first stored update. */
  get writes(): { firstStoredAt: number; lastSentAt: number } | null {
    return this.firstStoredAt === null
      ? null
      : { firstStoredAt: this.firstStoredAt, lastSentAt: this.lastSentAt };
  }

  attach(connection: Connection): void {
    this.connections.add(connection);
    this.presence.join(connection);
    connection.room = this;
    if (this.state === "ready") this.sync.greet(connection);
  }

  detach(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.presence.leave(connection);
    if (this.connections.size === 0) void this.teardown();
  }

  receive(connection: Connection, data: Uint8Array): void {
    if (this.state === "ready") this.sync.handle(connection, data);
    else if (this.state === "loading") this.queue.hold(connection, data);
  }

  /** Closes every connection with `code` and resolves once the room is flushed and gone. */
  /** Nobody may edit this board any more (the session ended or was cancelled). */
  editingEnded(): void {
    if (this.state === "loading" || this.state === "ready") this.snapshots.editingEnded();
  }

  shutdown(code: number, reason: string): Promise<void> {
    for (const connection of [...this.connections]) connection.close(code, reason, "shutdown");
    if (this.connections.size === 0) void this.teardown();
    return this.destroyed;
  }

  /**
   * Another node asked for the document: clients are sent to reconnect (the router takes
   * them there), accepted updates flush, and the lease is released once the room is gone.
   */
  handOff(): void {
    if (this.state !== "ready") return;
    this.state = "moving";
    this.deps.metrics.recordHandOff();
    for (const connection of [...this.connections]) connection.close(CloseCode.Moved, MOVED_REASON, "moved");
    void this.teardown();
  }

  /** UpdateOwner: the fence refused this room's updates, its lease is another node's now. */
  lostLease(): void {
    this.lose();
  }

  /**
   * The lease is gone (the fence refused an append, or the renewal no longer lists it):
   * nothing more is written, what was in flight is dropped unacknowledged (clients still
   * hold it and send it to the new owner), and clients are sent to reconnect.
   */
  lose(): void {
    if (this.state !== "loading" && this.state !== "ready" && this.state !== "moving") return;
    this.state = "lost";
    this.deps.metrics.recordLeaseLost();
    this.deps.logger.warn({ docId: this.docId, epoch: this.held?.epoch }, "lease lost; clients sent on");
    this.inFlight = [];
    this.size.dropPending();
    this.queue.clear();
    this.notifySettled();
    for (const connection of [...this.connections]) connection.close(CloseCode.Moved, MOVED_REASON, "moved");
    void this.teardown();
  }

  committed(stored: PendingUpdate): void {
    const entry = this.inFlight[0];
    if (entry?.stored !== stored) {
      this.failed(new Error(`update ${stored.seq} of ${this.docId} committed out of order`));
      return;
    }
    this.inFlight.shift();
    this.firstStoredAt ??= wallClock();
    if (stored.sentAt !== undefined && stored.sentAt > this.lastSentAt) this.lastSentAt = stored.sentAt;
    this.size.committed(stored.bytes.length);
    this.appliedSeq = stored.seq;
    try {
      Y.applyUpdate(this.doc, stored.bytes);
      // Everyone gets it, the sender included: the echo tells it the update is durable.
      const frame = entry.frame ?? encodeSyncUpdate(stored.bytes);
      for (const connection of this.connections) connection.send(frame);
    } catch (error) {
      // It decoded but Yjs could not integrate it. It stays in the log (loads skip it),
      // and the client that sent it is cut off.
      this.deps.logger.warn(
        { err: error, docId: this.docId, seq: stored.seq },
        "stored update does not apply",
      );
      entry.origin.fail(new ProtocolError(CloseCode.Malformed, "update could not be applied"));
    }
    this.snapshots.applied(stored.bytes.length);
    if (this.inFlight.length === 0) this.notifySettled();
  }

  failed(error: unknown): void {
    if (!this.usable && this.state !== "moving") return;
    this.deps.logger.error(
      { err: error, docId: this.docId },
      "room failed; clients will reconnect and resync",
    );
    this.state = "failed";
    this.inFlight = [];
    this.size.dropPending();
    this.notifySettled();
    for (const connection of [...this.connections]) {
      connection.close(InternalError, "document storage failed; reconnect", "storage-failed");
    }
    void this.teardown();
  }

  private async load(previous: Promise<void> | undefined): Promise<void> {
    try {
      await previous;
      // The lease first: nothing is read before this room is the document's only writer.
      const epoch = await this.deps.leases.acquire(this.docId, () => this.connections.size > 0);
      this.held = { epoch, acquiredAt: performance.now() };
      if (this.state !== "loading") return;
      // The quota counts everything stored: the whole log (replay keeps updates from before
      // the snapshot too) and the snapshots.
      const [stored, storedBytes] = await Promise.all([
        this.deps.log.loadDoc(this.docId),
        this.deps.usage.docBytes(this.docId),
      ]);
      if (this.state !== "loading") return;
      this.storedQuota.loaded(storedBytes);
      let bytes = 0;
      let tailBytes = 0;
      this.doc.transact(() => {
        if (stored.snapshot) bytes += this.applyStored(stored.snapshot.state, stored.snapshot.seq);
        for (const update of stored.updates) tailBytes += this.applyStored(update.bytes, update.seq);
      });
      this.nextSeq = stored.lastSeq + 1;
      this.appliedSeq = stored.lastSeq;
      this.size.loaded(bytes + tailBytes);
      this.snapshots.loaded(stored.snapshot?.seq ?? 0, stored.updates.length, tailBytes);
      this.state = "ready";
      for (const connection of this.connections) this.sync.greet(connection);
      this.queue.drain(
        (connection, data) => this.sync.handle(connection, data),
        () => this.state === "ready",
      );
    } catch (error) {
      this.queue.clear();
      if (error instanceof DocumentMovedError) {
        this.deps.logger.info({ docId: this.docId, reason: error.message }, "document is another server's");
        this.state = "lost";
        for (const connection of [...this.connections])
          connection.close(CloseCode.Moved, MOVED_REASON, "moved");
      } else {
        this.deps.logger.error({ err: error, docId: this.docId }, "could not load document");
        this.state = "failed";
        for (const connection of [...this.connections]) {
          connection.close(InternalError, "document could not be loaded; reconnect", "storage-failed");
        }
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
    let items: Y.Item[];
    try {
      items = checkBoardUpdate(
        this.doc,
        decoded.structs,
        this.inFlight.map((entry) => entry.items),
        this.deps.boardSchema,
      );
    } catch (error) {
      if (!(error instanceof BoardRecordError)) throw error;
      throw new ProtocolError(CloseCode.InvalidRecord, `update refused: ${error.message}`.slice(0, 120));
    }
    const userId = connection.identity.userId;
    // Quotas first, then the size limit; only an update that passes all of them is counted.
    this.storedQuota.check(update.length);
    this.deps.users.check(userId, update.length);
    this.size.reserve(update.length);
    this.storedQuota.add(update.length);
    this.deps.users.add(userId, update.length);
    const stored: PendingUpdate = {
      docId: this.docId,
      seq: this.nextSeq++,
      userId,
      bytes: update,
      at: Date.now(),
      // Set once the lease is taken, before any message is handled.
      epoch: this.held?.epoch ?? 0,
      receivedAt: performance.now(),
      owner: this,
    };
    this.inFlight.push({ stored, origin: connection, frame, items });
    this.deps.writer.enqueue(stored, this.lane);
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
        const writing = this.snapshots.writing;
        if (writing) {
          await writing;
          continue;
        }
        if (this.state === "ready" && !snapshotTried && this.snapshots.worthWriting) {
          snapshotTried = true;
          await this.snapshots.run();
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
    const ended = this.state;
    this.state = "destroyed";
    if (this.held) {
      const { epoch } = this.held;
      this.held = null;
      // A lost lease is another node's now; anything else is given back, flushed.
      if (ended !== "lost") this.deps.leases.release(this.docId, epoch);
      if (this.firstStoredAt !== null)
        this.deps.metrics.recordWriteWindow({
          docId: this.docId,
          epoch,
          firstStoredAt: this.firstStoredAt,
          lastSentAt: this.lastSentAt,
          end: ended === "lost" ? "lost" : ended === "moving" ? "handed-off" : "released",
        });
    }
    this.presence.destroy();
    this.doc.destroy();
    this.deps.onDestroyed(this);
    this.markDestroyed();
  }
}
