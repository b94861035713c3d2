// Group commit for the board log. Rooms hand over updates with their seq and lease epoch
// assigned; a lane writes everything that queued up while its previous write was in flight
// as ONE statement (one transaction, one WAL flush), across documents. A document always
// maps to the same lane, so its updates commit, and are acknowledged, in seq order. The
// statement stores a document's rows only while its lease holds their epoch; the room of a
// refused document learns it lost the lease.
import type { BoardLog, BoardUpdateInput } from "@mockboard/db/board-log";
import type { Logger } from "pino";
import { type Metrics, wallClock } from "./metrics";

export interface PendingUpdate extends BoardUpdateInput {
  /** performance.now() when the update arrived, for the append-latency metric. */
  receivedAt: number;
  /** Wall-clock time its append was sent (set by the writer), for the owner's write window. */
  sentAt?: number;
  owner: UpdateOwner;
}

/** The room behind an update. */
export interface UpdateOwner {
  /** False once the owner gave up (a failed room): its queued updates are dropped unwritten. */
  readonly accepting: boolean;
  /** Called in seq order once the update is durable. */
  committed(update: PendingUpdate): void;
  /** Called once when an update of this owner could not be stored. */
  failed(error: unknown): void;
  /** Called when the fence refused this owner's updates: its lease moved to another node. */
  lostLease(): void;
}

interface Lane {
  queue: PendingUpdate[];
  inFlight: number;
  busy: boolean;
}

export interface UpdateWriterOptions {
  log: BoardLog;
  metrics: Metrics;
  logger: Logger;
  /** Parallel writers; each holds one database connection while writing. */
  lanes: number;
}

/** Caps one group commit (Postgres allows 65535 bind parameters; memory per statement). */
const MAX_BATCH_ROWS = 1000;
const MAX_BATCH_BYTES = 8 * 1024 * 1024;

export class UpdateWriter {
  private readonly lanes: Lane[];
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: UpdateWriterOptions) {
    this.lanes = Array.from({ length: Math.max(1, options.lanes) }, () => ({
      queue: [],
      inFlight: 0,
      busy: false,
    }));
  }

  laneFor(docId: string): number {
    let hash = 0;
    for (let i = 0; i < docId.length; i++) hash = (hash * 31 + docId.charCodeAt(i)) >>> 0;
    return hash % this.lanes.length;
  }

  enqueue(update: PendingUpdate, laneIndex: number): void {
    const lane = this.lanes[laneIndex];
    if (!lane) throw new RangeError(`no lane ${laneIndex}`);
    lane.queue.push(update);
    if (lane.busy) return;
    lane.busy = true;
    // Start on the next turn of the event loop: every message that arrived in this I/O
    // phase joins the same commit.
    setImmediate(() => void this.drain(lane));
  }

  /** Updates accepted but not yet committed. */
  get pending(): number {
    let count = 0;
    for (const lane of this.lanes) count += lane.queue.length + lane.inFlight;
    return count;
  }

  /** Resolves once every accepted update is committed or failed. */
  idle(): Promise<void> {
    if (this.lanes.every((lane) => !lane.busy)) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(lane: Lane): Promise<void> {
    try {
      while (lane.queue.length > 0) {
        const batch = this.takeBatch(lane);
        lane.inFlight = batch.length;
        if (batch.length > 0) await this.write(batch);
        lane.inFlight = 0;
      }
    } finally {
      lane.busy = false;
      if (this.lanes.every((l) => !l.busy)) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  }

  private takeBatch(lane: Lane): PendingUpdate[] {
    const queue = lane.queue;
    let rows = 0;
    let bytes = 0;
    while (rows < queue.length && rows < MAX_BATCH_ROWS) {
      const size = queue[rows]?.bytes.length ?? 0;
      if (rows > 0 && bytes + size > MAX_BATCH_BYTES) break;
      bytes += size;
      rows++;
    }
    const taken = rows === queue.length ? queue : queue.slice(0, rows);
    lane.queue = rows === queue.length ? [] : queue.slice(rows);
    return taken.filter((update) => update.owner.accepting);
  }

  private async write(batch: PendingUpdate[]): Promise<void> {
    try {
      await this.append(batch);
      return;
    } catch (error) {
      this.options.metrics.recordFailedBatch();
      this.options.logger.warn(
        { err: error, rows: batch.length },
        "group commit failed; retrying per document",
      );
    }
    // A conflict or a bad row in one document must not take the others down: retry
    // each document alone, and fail only the owners whose retry fails too.
    const byOwner = new Map<UpdateOwner, PendingUpdate[]>();
    for (const update of batch) {
      const list = byOwner.get(update.owner);
      if (list) list.push(update);
      else byOwner.set(update.owner, [update]);
    }
    for (const [owner, updates] of byOwner) {
      if (!owner.accepting) continue;
      try {
        await this.append(updates);
      } catch (error) {
        this.options.logger.error({ err: error, docId: updates[0]?.docId }, "could not store updates");
        owner.failed(error);
      }
    }
  }

  /** Appends `batch`; acknowledges what was stored and tells the owners the fence refused. */
  private async append(batch: PendingUpdate[]): Promise<void> {
    const sentAt = wallClock();
    for (const update of batch) update.sentAt = sentAt;
    const { refused } = await this.options.log.appendUpdates(batch);
    if (refused.size === 0) {
      this.commit(batch);
      return;
    }
    const refusedOwners = new Set<UpdateOwner>();
    const stored: PendingUpdate[] = [];
    for (const update of batch) {
      if (refused.has(update.docId)) refusedOwners.add(update.owner);
      else stored.push(update);
    }
    this.options.metrics.recordRefusedUpdates(batch.length - stored.length);
    this.commit(stored);
    for (const owner of refusedOwners) owner.lostLease();
  }

  private commit(batch: PendingUpdate[]): void {
    if (batch.length === 0) return;
    const now = performance.now();
    let bytes = 0;
    for (const update of batch) {
      bytes += update.bytes.length;
      this.options.metrics.recordAppendLatency(now - update.receivedAt);
    }
    this.options.metrics.recordCommit(batch.length, bytes);
    for (const update of batch) {
      if (!update.owner.accepting) continue;
      try {
        update.owner.committed(update);
      } catch (error) {
        this.options.logger.error({ err: error, docId: update.docId }, "applying a committed update failed");
      }
    }
  }
}
