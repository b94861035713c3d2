import { chunkFor } from "./chunks";
import { monotonicTimes } from "./time-index";

export interface IndexedUpdate {
  seq: number;
  /** Session time of the update (ms since the start; negative before it). */
  atMs: number;
  userId: string | null;
}

/** What the replay page needs before any history: where chunks start and end in time, who drew when, idle stretches. */
export interface HistorySummary {
  lastSeq: number;
  /** The session's length, stretched to the last update if one came after the end. */
  durationMs: number;
  chunks: { from: number; to: number; fromMs: number; toMs: number }[];
  bucketMs: number;
  /** Updates per bucket of `bucketMs`, per person (an activity lane). */
  lanes: { userId: string | null; counts: number[] }[];
  /** Stretches longer than the idle threshold without a board update. */
  idleGaps: { fromMs: number; toMs: number }[];
}

/** Gaps longer than this with nothing happening collapse when "skip idle gaps" is on. */
export const IDLE_GAP_MS = 20_000;

export function summarizeHistory(
  index: readonly IndexedUpdate[],
  options: { durationMs: number; buckets?: number },
): HistorySummary {
  const updates = monotonicTimes(index);
  const last = updates.at(-1);
  const lastSeq = last?.seq ?? 0;
  const durationMs = Math.max(options.durationMs, last?.atMs ?? 0, 1);
  const buckets = options.buckets ?? 240;
  const bucketMs = Math.ceil(durationMs / buckets);

  const chunks: HistorySummary["chunks"] = [];
  for (const update of updates) {
    const open = chunks.at(-1);
    if (open && update.seq <= open.to) open.toMs = update.atMs;
    else {
      const { from, to } = chunkFor(update.seq, lastSeq);
      chunks.push({ from, to, fromMs: update.atMs, toMs: update.atMs });
    }
  }

  const lanes = new Map<string | null, number[]>();
  for (const update of updates) {
    let counts = lanes.get(update.userId);
    if (!counts) {
      counts = new Array<number>(buckets).fill(0);
      lanes.set(update.userId, counts);
    }
    const bucket = Math.min(buckets - 1, Math.max(0, Math.floor(update.atMs / bucketMs)));
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }

  const idleGaps: HistorySummary["idleGaps"] = [];
  let previous = 0;
  for (const atMs of [...updates.map((update) => update.atMs), durationMs]) {
    if (atMs - previous > IDLE_GAP_MS) idleGaps.push({ fromMs: previous, toMs: atMs });
    previous = Math.max(previous, atMs);
  }

  return {
    lastSeq,
    durationMs,
    chunks,
    bucketMs,
    lanes: [...lanes].map(([userId, counts]) => ({ userId, counts })),
    idleGaps,
  };
}
