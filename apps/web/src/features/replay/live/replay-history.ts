// The browser's side of the replay: fetches history in chunks around the playhead and
// keeps its own Y.Doc at the sequence being shown. Forward moves apply the missing updates
// to the same doc; backward moves (and long jumps) start a new doc from the nearest keyframe.
import {
  applyUpdates,
  chunksBetween,
  decodeHistoryChunk,
  HISTORY_CHUNK_UPDATES,
  type HistoryUpdate,
  keyframeAtOrBefore,
  type SeqRange,
  seqAtTime,
} from "@mockboard/board/replay";
import * as Y from "yjs";
import { type ReplayManifest, replayApi } from "../replay-contract";

/** A forward move of more updates than this starts from a keyframe instead, when one is closer. */
const FORWARD_LIMIT = 2 * HISTORY_CHUNK_UPDATES;

/** How the history is downloaded: the browser's fetch, or a signed-in one in tests and the benchmark. */
export type HistoryLoader = (path: string) => Promise<Response>;

/** A history resource the manifest named is not there (404): the manifest is out of date. */
class HistoryGoneError extends Error {}

export class ReplayHistory {
  doc = new Y.Doc();
  /** The sequence the doc holds. */
  seq = 0;
  private readonly chunks = new Map<number, Promise<HistoryUpdate[]>>();
  private readonly keyframes = new Map<number, Promise<Uint8Array>>();
  private generation = 0;

  constructor(
    private readonly sessionId: string,
    /** What the history holds; read again when something it names is gone. */
    public manifest: ReplayManifest,
    /** Called when the doc is replaced (a backward move): show the new one. */
    private readonly onDoc: (doc: Y.Doc) => void,
    private readonly load: HistoryLoader = (path) => fetch(path),
  ) {}

  /** Whether showing `atMs` needs a download first (for the loading state). */
  needsFetch(atMs: number): boolean {
    const chunk = this.chunkAtTime(atMs);
    if (!chunk) return false;
    return !this.chunks.has(chunk.from);
  }

  /**
   * Shows the board as it stood at session time `atMs`. Resolves false when a newer move
   * superseded it. A keyframe the manifest named can be pruned in the second after the end
   * (the collab server writes the final keyframe then and prunes older snapshots), and the
   * last chunk's range grows with updates that arrive after it: when something named is gone,
   * the manifest is read again, once, and the move made from what it names now.
   */
  async showMoment(atMs: number): Promise<boolean> {
    const generation = ++this.generation;
    try {
      return await this.showMomentFrom(atMs, generation);
    } catch (error) {
      if (!(error instanceof HistoryGoneError)) throw error;
      await this.reloadManifest();
      if (generation !== this.generation) return false;
      return this.showMomentFrom(atMs, generation);
    }
  }

  /** Downloads the chunk after the one at `atMs` ahead of time (while playing). */
  prefetchAfter(atMs: number): void {
    const chunk = this.chunkAtTime(atMs);
    const next = this.manifest.chunks.find((candidate) => candidate.from > (chunk?.to ?? 0));
    if (next) void this.chunk(next).catch(() => undefined);
  }

  private async showMomentFrom(atMs: number, generation: number): Promise<boolean> {
    this.prefetchJump(atMs);
    const target = await this.seqAt(atMs);
    if (generation !== this.generation) return false;
    return this.showSeq(target, generation);
  }

  private async reloadManifest(): Promise<void> {
    const response = await this.load(replayApi.manifest(this.sessionId));
    if (!response.ok) throw new Error(`Could not load the replay (HTTP ${response.status})`);
    this.manifest = (await response.json()) as ReplayManifest;
    // Ranges cut at the old last sequence are not the grid's any more.
    this.chunks.clear();
    this.keyframes.clear();
  }

  /** A history resource: gzip in the body (see the server's history routes), inflated here. */
  private async fetchBytes(path: string): Promise<Uint8Array> {
    const response = await this.load(path);
    if (response.status === 404) throw new HistoryGoneError("Could not load the history (HTTP 404)");
    if (!response.ok || !response.body)
      throw new Error(`Could not load the history (HTTP ${response.status})`);
    const inflated = response.body.pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(inflated).arrayBuffer());
  }

  /**
   * A jump needs the chunk at the moment (which says the exact sequence) and the keyframe
   * before it with the chunks in between: all are asked for at once instead of the chunk
   * first, so a seek waits for one round trip. The keyframe is chosen by time: a snapshot is
   * stamped after the updates it holds, so one stamped at or before the moment holds none
   * after it (showSeq picks by sequence and finds these downloads under way).
   */
  private prefetchJump(atMs: number): void {
    const chunk = this.chunkAtTime(atMs);
    const keyframe = this.manifest.keyframes.filter((candidate) => candidate.atMs <= atMs).at(-1);
    if (!chunk || !keyframe) return;
    const atLeast = chunk.toMs <= atMs ? chunk.to : chunk.from - 1;
    const forward = atLeast >= this.seq && (keyframe.seq <= this.seq || chunk.to - this.seq <= FORWARD_LIMIT);
    if (forward) return;
    void this.keyframe(keyframe.seq).catch(() => undefined);
    for (const range of chunksBetween(keyframe.seq, atLeast, this.manifest.lastSeq))
      void this.chunk(range).catch(() => undefined);
  }

  private chunkAtTime(atMs: number) {
    return this.manifest.chunks.filter((chunk) => chunk.fromMs <= atMs).at(-1) ?? null;
  }

  private async seqAt(atMs: number): Promise<number> {
    const chunk = this.chunkAtTime(atMs);
    if (!chunk) return 0;
    if (chunk.toMs <= atMs) return chunk.to;
    return seqAtTime(await this.chunk(chunk), atMs, chunk.from - 1);
  }

  private chunk(range: SeqRange): Promise<HistoryUpdate[]> {
    let pending = this.chunks.get(range.from);
    if (!pending) {
      pending = this.fetchBytes(replayApi.chunk(this.sessionId, range)).then(decodeHistoryChunk);
      pending.catch(() => this.chunks.delete(range.from));
      this.chunks.set(range.from, pending);
    }
    return pending;
  }

  private keyframe(seq: number): Promise<Uint8Array> {
    let pending = this.keyframes.get(seq);
    if (!pending) {
      pending = this.fetchBytes(replayApi.keyframe(this.sessionId, seq));
      pending.catch(() => this.keyframes.delete(seq));
      this.keyframes.set(seq, pending);
    }
    return pending;
  }

  private async showSeq(target: number, generation: number): Promise<boolean> {
    const { lastSeq } = this.manifest;
    const keyframe = keyframeAtOrBefore(this.manifest.keyframes, target);
    const forward =
      target >= this.seq && (!keyframe || keyframe.seq <= this.seq || target - this.seq <= FORWARD_LIMIT);
    const base = forward ? this.seq : (keyframe?.seq ?? 0);
    const [state, ...parts] = await Promise.all([
      !forward && keyframe ? this.keyframe(keyframe.seq) : null,
      ...chunksBetween(base, target, lastSeq).map((range) => this.chunk(range)),
    ]);
    if (generation !== this.generation) return false;
    const updates = parts.flat();
    if (forward) {
      applyUpdates(this.doc, updates, this.seq, target);
    } else {
      const doc = new Y.Doc();
      if (state) Y.applyUpdate(doc, state);
      applyUpdates(doc, updates, base, target);
      const previous = this.doc;
      this.doc = doc;
      this.onDoc(doc);
      previous.destroy();
    }
    this.seq = target;
    return true;
  }
}
