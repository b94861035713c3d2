// Snapshot scheduling for one room: every `snapshotEvery` applied updates, in the
// background and in a server-wide slot, a merged state is written so a cold load reads
// one snapshot and a short tail of the log. A failed snapshot costs nothing but a longer
// load: the log still holds every update.
import type { BoardLog } from "@mockboard/db/board-log";
import type { Logger } from "pino";
import * as Y from "yjs";
import type { Metrics } from "./metrics";
import type { Semaphore } from "./semaphore";

export interface SnapshotDeps {
  log: BoardLog;
  metrics: Metrics;
  logger: Logger;
  snapshotEvery: number;
  /** Bounds concurrent snapshot writes server-wide (rooms tend to cross the threshold together). */
  snapshotSlots: Semaphore;
}

/** The room side: what to snapshot and whether it still may. */
export interface SnapshotSource {
  docId: string;
  doc: Y.Doc;
  /** The seq of the last update applied to the document. */
  appliedSeq(): number;
  /** False once the room failed or is gone: it never snapshots then. */
  ready(): boolean;
  /** The document was just encoded whole, `bytes` long. */
  measured(bytes: number): void;
}

export class SnapshotSchedule {
  private snapshotSeq = 0;
  private write: Promise<void> | null = null;
  private scheduled = false;

  constructor(
    private readonly source: SnapshotSource,
    private readonly deps: SnapshotDeps,
  ) {}

  /** The document was loaded from a snapshot at `snapshotSeq` and `updatesAfter` later updates. */
  loaded(snapshotSeq: number, updatesAfter: number): void {
    this.snapshotSeq = snapshotSeq;
    if (updatesAfter >= this.deps.snapshotEvery) this.schedule();
  }

  /** An update was applied: snapshot when enough have piled up since the last one. */
  applied(): void {
    if (this.source.appliedSeq() - this.snapshotSeq >= this.deps.snapshotEvery) this.schedule();
  }

  /** True when updates were applied after the last snapshot. */
  get behind(): boolean {
    return this.source.appliedSeq() > this.snapshotSeq;
  }

  /** The snapshot being written, if any. */
  get writing(): Promise<void> | null {
    return this.write;
  }

  /** Writes a snapshot now (or joins the one being written); never rejects. */
  run(): Promise<void> {
    if (this.write) return this.write;
    if (!this.behind) return Promise.resolve();
    const write = this.deps.snapshotSlots
      .run(() => this.writeSnapshot())
      .catch((error: unknown) => {
        this.deps.logger.warn(
          { err: error, docId: this.source.docId },
          "snapshot failed; the log keeps every update",
        );
      })
      .finally(() => {
        this.write = null;
      });
    this.write = write;
    return write;
  }

  private schedule(): void {
    if (this.scheduled || this.write) return;
    this.scheduled = true;
    // Off the commit path: the update that crossed the threshold is broadcast first.
    setImmediate(() => {
      this.scheduled = false;
      if (this.source.ready()) void this.run();
    });
  }

  /** Runs in a server-wide slot; encodes only then, so queued snapshots hold no memory. */
  private async writeSnapshot(): Promise<void> {
    const seq = this.source.appliedSeq();
    if (!this.source.ready() || seq <= this.snapshotSeq) return;
    const state = Y.encodeStateAsUpdate(this.source.doc);
    this.source.measured(state.length);
    await this.deps.log.writeSnapshot(this.source.docId, seq, state);
    this.snapshotSeq = Math.max(this.snapshotSeq, seq);
    this.deps.metrics.recordSnapshot(state.length);
  }
}
