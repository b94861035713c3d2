// Snapshot scheduling for one room: every `snapshotEvery` applied updates, in the
// background and in a server-wide slot, a merged state is written so a cold load reads
// one snapshot and a short tail of the log. A failed snapshot costs nothing but a longer
// load: the log still holds every update. Snapshots count in the document's storage quota:
// one that would pass it is not written, and after each write the board's snapshots are
// pruned to the newest plus keyframes (snapshot-retention.ts).
import type { BoardLog } from "@mockboard/db/board-log";
import type { Logger } from "pino";
import * as Y from "yjs";
import type { Metrics } from "./metrics";
import type { Semaphore } from "./semaphore";
import { snapshotsToDelete } from "./snapshot-retention";

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
  /** An upper estimate of the document's encoded size: what a snapshot of it would take. */
  documentBytes(): number;
  /** Whether `bytes` more stored for the document stay within its storage quota. */
  fits(bytes: number): boolean;
  /** Snapshots written or pruned changed the document's stored bytes by `delta`. */
  stored(delta: number): void;
}

export class SnapshotSchedule {
  private snapshotSeq = 0;
  /** Bytes of the updates applied after the newest snapshot: what a load reads on top of it. */
  private tailBytes = 0;
  private write: Promise<void> | null = null;
  private scheduled = false;
  /** Nobody may edit any more (the session ended): the board's last state is the replay's final keyframe. */
  private final = false;

  constructor(
    private readonly source: SnapshotSource,
    private readonly deps: SnapshotDeps,
  ) {}

  /** The document was loaded from a snapshot at `snapshotSeq` and later updates (`updatesAfter`, `bytesAfter`). */
  loaded(snapshotSeq: number, updatesAfter: number, bytesAfter: number): void {
    this.snapshotSeq = snapshotSeq;
    this.tailBytes = bytesAfter;
    if (updatesAfter >= this.deps.snapshotEvery || (this.final && updatesAfter > 0)) this.schedule();
  }

  /** An update of `bytes` was applied: snapshot when enough have piled up since the last one. */
  applied(bytes: number): void {
    this.tailBytes += bytes;
    if (this.source.appliedSeq() - this.snapshotSeq >= this.deps.snapshotEvery) this.schedule();
  }

  /**
   * Whether a snapshot now (the room is closing) is worth its copy: something changed since
   * the last one, and the log a load would read on top of it is at least as large as the
   * copy would be. A large board touched up by a character is loaded from its last snapshot
   * and that character, not copied again. After the end every change is kept in a final keyframe.
   */
  get worthWriting(): boolean {
    const changed = this.source.appliedSeq() > this.snapshotSeq;
    return changed && (this.final || this.tailBytes >= this.source.documentBytes());
  }

  /**
   * Editing ended for everyone (the session ended): writes a keyframe of the board as it is
   * now, in the background, so a replay opens on the final board and seeks near the end read
   * no long tail. Later stragglers (updates already on their way) are written at teardown.
   */
  editingEnded(): void {
    this.final = true;
    if (this.source.ready()) void this.run();
  }

  /** The snapshot being written, if any. */
  get writing(): Promise<void> | null {
    return this.write;
  }

  /** Writes a snapshot now (or joins the one being written); never rejects. */
  run(): Promise<void> {
    if (this.write) return this.write;
    if (this.source.appliedSeq() <= this.snapshotSeq) return Promise.resolve();
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
    if (!this.source.fits(state.length)) {
      this.deps.logger.warn(
        { docId: this.source.docId, bytes: state.length },
        "snapshot skipped: it would pass the document's storage quota; loads read the log",
      );
      return;
    }
    const tailBefore = this.tailBytes;
    await this.deps.log.writeSnapshot(this.source.docId, seq, state);
    this.source.stored(state.length);
    // Updates applied while it was written stay in the tail.
    this.tailBytes = Math.max(0, this.tailBytes - tailBefore);
    this.snapshotSeq = Math.max(this.snapshotSeq, seq);
    this.deps.metrics.recordSnapshot(state.length);
    await this.prune();
  }

  /** Deletes the snapshots retention does not keep; the quota gets their bytes back. */
  private async prune(): Promise<void> {
    const snapshots = await this.deps.log.listSnapshots(this.source.docId);
    const doomed = snapshotsToDelete(snapshots);
    if (doomed.length === 0) return;
    const freed = await this.deps.log.deleteSnapshots(this.source.docId, doomed);
    this.source.stored(-freed);
  }
}
