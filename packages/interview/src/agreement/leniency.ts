import type { Interval } from "./bootstrap";

/**
 * What one interviewer gave on one dimension over all their submitted levels, summed
 * (Postgres aggregates these, so no scorecard is loaded one by one).
 */
export interface ScoreTotal {
  raterId: string;
  /** The dimension, qualified by its rubric (`rubric/dimension`), so like is compared with like. */
  dimension: string;
  count: number;
  sum: number;
  sumOfSquares: number;
}

export interface Leniency {
  raterId: string;
  /** Mean of (their level - everyone else's mean on that dimension): positive scores high. */
  meanDifference: number;
  scores: number;
  /** Normal-approximation 95% interval of the mean difference, from 5 scores up. */
  interval: Interval | null;
  reading: "lenient" | "severe" | "in line";
}

/** Half a level on average, clearly apart from zero, is what we call lenient or severe. */
export const LENIENCY_MARGIN = 0.5;

/**
 * Each interviewer's leniency against the cohort: for every level they gave, how far it
 * sits from the mean of the levels other interviewers gave on the same dimension (their
 * own scores left out, so a prolific rater does not pull the baseline towards themselves).
 * From per-dimension totals: with m the others' mean, the differences sum to
 * sum - count*m and their squares to sumOfSquares - 2*m*sum + count*m^2.
 */
export function leniencyByRater(totals: readonly ScoreTotal[]): Leniency[] {
  const byDimension = new Map<string, { sum: number; count: number }>();
  for (const total of totals) {
    const all = byDimension.get(total.dimension) ?? { sum: 0, count: 0 };
    byDimension.set(total.dimension, { sum: all.sum + total.sum, count: all.count + total.count });
  }
  const differences = new Map<string, { n: number; sum: number; sumOfSquares: number }>();
  for (const own of totals) {
    const all = byDimension.get(own.dimension) as { sum: number; count: number };
    const others = all.count - own.count;
    if (others === 0) continue;
    const m = (all.sum - own.sum) / others;
    const entry = differences.get(own.raterId) ?? { n: 0, sum: 0, sumOfSquares: 0 };
    entry.n += own.count;
    entry.sum += own.sum - own.count * m;
    entry.sumOfSquares += own.sumOfSquares - 2 * m * own.sum + own.count * m * m;
    differences.set(own.raterId, entry);
  }
  return [...differences]
    .map(([raterId, { n, sum, sumOfSquares }]) => {
      const mean = sum / n;
      // max(0, ...): rounding must not make a zero variance negative.
      const variance = n > 1 ? Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)) : 0;
      const half = 1.96 * Math.sqrt(variance / n);
      const interval = n >= 5 ? { low: mean - half, high: mean + half, level: 0.95 } : null;
      const apart = interval ? interval.low > 0 || interval.high < 0 : false;
      const reading: Leniency["reading"] =
        apart && mean >= LENIENCY_MARGIN
          ? "lenient"
          : apart && mean <= -LENIENCY_MARGIN
            ? "severe"
            : "in line";
      return { raterId, meanDifference: mean, scores: n, interval, reading };
    })
    .sort((a, b) => b.meanDifference - a.meanDifference);
}
