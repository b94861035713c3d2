/** When each update of the log happened, in session time, for mapping a moment to a sequence. */
export interface TimedSeq {
  seq: number;
  atMs: number;
}

/**
 * Makes the times of a log (in seq order) non-decreasing: an update counts as happening
 * no earlier than the one before it. The collab server stamps updates in seq order, so
 * this changes nothing unless a clock stepped back between two servers; it keeps the
 * moment-to-sequence mapping monotonic either way.
 */
export function monotonicTimes<T extends TimedSeq>(updates: readonly T[]): T[] {
  let latest = Number.NEGATIVE_INFINITY;
  return [...updates]
    .sort((a, b) => a.seq - b.seq)
    .map((update) => {
      latest = Math.max(latest, update.atMs);
      return update.atMs === latest ? update : { ...update, atMs: latest };
    });
}

/**
 * The sequence of the last update at or before `atMs` in a log sorted by seq with
 * non-decreasing times (see monotonicTimes); `before` when no update is that early.
 */
export function seqAtTime(updates: readonly TimedSeq[], atMs: number, before = 0): number {
  let low = 0;
  let high = updates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((updates[middle] as TimedSeq).atMs <= atMs) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? before : (updates[low - 1] as TimedSeq).seq;
}
