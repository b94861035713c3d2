// Which of a board's snapshots to keep. A snapshot is a full copy of the board: loading
// needs only the newest (plus the log after it), and the replay rebuilds any moment from
// the newest snapshot at or before it (a keyframe) plus the updates after. An older
// snapshot is kept as a keyframe when the log between the previous kept one and it
// outweighs it (keeping it costs less than the log a seek would otherwise read), or when
// more than KEYFRAME_MAX_SPACING updates separate them (so a seek never applies more than
// that many, however small they are). A board that grew large once and is then only
// touched up keeps one large copy, not one per visit; every byte kept counts in the
// board's storage quota. apps/collab/CONTEXT.md states the rule for the replay's readers.
import type { StoredSnapshotSize } from "@mockboard/db/board-log";

/** The most updates a replay seek applies on top of a keyframe: four history chunks of 256. */
export const KEYFRAME_MAX_SPACING = 1024;

/** The seqs of the snapshots to delete from `snapshots` (any order). */
export function snapshotsToDelete(
  snapshots: readonly StoredSnapshotSize[],
  maxSpacing = KEYFRAME_MAX_SPACING,
): number[] {
  const bySeq = [...snapshots].sort((a, b) => a.seq - b.seq);
  const newest = bySeq.pop();
  if (!newest) return [];
  const doomed: number[] = [];
  let kept = { seq: 0, logBytesUpTo: 0 };
  for (const [index, snapshot] of bySeq.entries()) {
    // The spacing counts to the next snapshot: dropping this one leaves that gap unbridged.
    const next = bySeq[index + 1] ?? newest;
    const outweighed = snapshot.logBytesUpTo - kept.logBytesUpTo >= snapshot.bytes;
    const bridges = next.seq - kept.seq > maxSpacing;
    if (outweighed || bridges) kept = snapshot;
    else doomed.push(snapshot.seq);
  }
  return doomed;
}
