import * as Y from "yjs";

/** A stored board update as the replay reads it: its place in the log and its session time. */
export interface HistoryUpdate {
  seq: number;
  /** Milliseconds since the session started (negative before the start). */
  atMs: number;
  bytes: Uint8Array;
}

/** A merged board state covering every update up to and including `seq`. */
export interface Keyframe {
  seq: number;
  state: Uint8Array;
}

/** The newest keyframe at or before `seq`, or null when the board must be rebuilt from the start. */
export function keyframeAtOrBefore<K extends { seq: number }>(
  keyframes: readonly K[],
  seq: number,
): K | null {
  let best: K | null = null;
  for (const keyframe of keyframes)
    if (keyframe.seq <= seq && (!best || keyframe.seq > best.seq)) best = keyframe;
  return best;
}

/**
 * Applies the updates with `after < seq <= upTo`, in seq order. An update Yjs cannot
 * integrate is skipped, as the collab server skips it when it loads the log, so the
 * replay shows what the room showed.
 */
export function applyUpdates(
  doc: Y.Doc,
  updates: readonly HistoryUpdate[],
  after: number,
  upTo: number,
): void {
  const due = updates.filter((update) => update.seq > after && update.seq <= upTo);
  due.sort((a, b) => a.seq - b.seq);
  doc.transact(() => {
    for (const update of due) {
      try {
        Y.applyUpdate(doc, update.bytes);
      } catch {
        // Skipped: see above.
      }
    }
  });
}

/**
 * The board at sequence `seq`: the newest keyframe at or before it plus the updates after
 * the keyframe up to `seq`. `updates` must hold at least that range.
 */
export function rebuildBoard(
  keyframes: readonly Keyframe[],
  updates: readonly HistoryUpdate[],
  seq: number,
): Y.Doc {
  const doc = new Y.Doc();
  const keyframe = keyframeAtOrBefore(keyframes, seq);
  if (keyframe) Y.applyUpdate(doc, keyframe.state);
  applyUpdates(doc, updates, keyframe?.seq ?? 0, seq);
  return doc;
}
