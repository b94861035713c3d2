// The history of a board reaches browsers in chunks on a fixed grid of sequences, so every
// viewer asks for the same ranges and each response can be cached for good.
export const HISTORY_CHUNK_UPDATES = 256;

export interface SeqRange {
  from: number;
  to: number;
}

/** The chunk holding `seq` in a log whose last sequence is `lastSeq`. */
export function chunkFor(seq: number, lastSeq: number): SeqRange {
  const index = Math.floor((Math.max(1, seq) - 1) / HISTORY_CHUNK_UPDATES);
  const from = index * HISTORY_CHUNK_UPDATES + 1;
  return { from, to: Math.min(from + HISTORY_CHUNK_UPDATES - 1, lastSeq) };
}

/** The chunks covering the updates `after < seq <= upTo`. */
export function chunksBetween(after: number, upTo: number, lastSeq: number): SeqRange[] {
  const ranges: SeqRange[] = [];
  for (let seq = after + 1; seq <= Math.min(upTo, lastSeq); ) {
    const range = chunkFor(seq, lastSeq);
    ranges.push(range);
    seq = range.to + 1;
  }
  return ranges;
}

/** Whether a requested range is exactly one chunk of the grid (anything else is not served). */
export function isChunk(range: SeqRange, lastSeq: number): boolean {
  if (range.from < 1 || range.from > lastSeq) return false;
  const chunk = chunkFor(range.from, lastSeq);
  return chunk.from === range.from && chunk.to === range.to;
}
