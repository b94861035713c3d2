import type { Interval } from "./bootstrap";

/** A submitted level by one interviewer on one dimension (any scorecard of theirs). */
export interface ScoreGiven {
  raterId: string;
  /** The dimension, qualified by its rubric (`rubric/dimension`), so like is compared with like. */
  dimension: string;
  level: number;
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
 */
export function leniencyByRater(scores: readonly ScoreGiven[]): Leniency[] {
  const totals = new Map<string, { sum: number; count: number }>();
  const byRater = new Map<string, { sum: number; count: number }>();
  for (const score of scores) {
    const all = totals.get(score.dimension) ?? { sum: 0, count: 0 };
    totals.set(score.dimension, { sum: all.sum + score.level, count: all.count + 1 });
    const key = `${score.raterId}|${score.dimension}`;
    const own = byRater.get(key) ?? { sum: 0, count: 0 };
    byRater.set(key, { sum: own.sum + score.level, count: own.count + 1 });
  }
  const differences = new Map<string, number[]>();
  for (const score of scores) {
    const all = totals.get(score.dimension) as { sum: number; count: number };
    const own = byRater.get(`${score.raterId}|${score.dimension}`) as { sum: number; count: number };
    const others = all.count - own.count;
    if (others === 0) continue;
    const list = differences.get(score.raterId) ?? [];
    list.push(score.level - (all.sum - own.sum) / others);
    differences.set(score.raterId, list);
  }
  return [...differences]
    .map(([raterId, list]) => {
      const n = list.length;
      const mean = list.reduce((sum, value) => sum + value, 0) / n;
      const variance = n > 1 ? list.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1) : 0;
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
