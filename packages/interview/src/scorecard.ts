import type { Recommendation, ScoreLevel } from "./scorecard-fields";

export const recommendationLabels: Record<Recommendation, string> = {
  STRONG_NO: "Strong no",
  NO: "No",
  YES: "Yes",
  STRONG_YES: "Strong yes",
};

/** What a recommendation says about the interview, for whoever reads it (the candidate too). */
export const recommendationMeanings: Record<Recommendation, string> = {
  STRONG_NO: "Well below the bar: this performance would not pass a real interview of this kind.",
  NO: "Below the bar this time: a real interview would most likely not pass this performance.",
  YES: "At the bar: a real interview would most likely pass this performance.",
  STRONG_YES: "Clearly above the bar: a real interview would pass this performance with confidence.",
};

export interface WeightedDimension {
  key: string;
  weight: number;
}

export interface ScoreTotals {
  /** Weighted mean level over the observed dimensions (1-4), or null when none was observed. */
  weightedLevel: number | null;
  /** The same as a percentage of the top level, for charts. */
  percent: number | null;
  observed: number;
  total: number;
}

/**
 * Weighted total of a scorecard. Dimensions scored "not observed" drop out of the mean
 * (they are neither a zero nor a pass), and the coverage says how many counted.
 */
export function scoreTotals(
  dimensions: readonly WeightedDimension[],
  levels: Readonly<Record<string, ScoreLevel | undefined>>,
): ScoreTotals {
  let weightSum = 0;
  let weighted = 0;
  let observed = 0;
  for (const dimension of dimensions) {
    const level = levels[dimension.key];
    if (level === null || level === undefined) continue;
    weightSum += dimension.weight;
    weighted += dimension.weight * level;
    observed++;
  }
  const weightedLevel = weightSum > 0 ? Math.round((weighted / weightSum) * 100) / 100 : null;
  return {
    weightedLevel,
    percent: weightedLevel === null ? null : Math.round(((weightedLevel - 1) / 3) * 100),
    observed,
    total: dimensions.length,
  };
}

/** Dimensions a submitted scorecard leaves without a level or a "not observed" decision. */
export function unscoredDimensions(
  dimensions: readonly WeightedDimension[],
  levels: Readonly<Record<string, ScoreLevel | undefined>>,
): string[] {
  return dimensions.filter((dimension) => levels[dimension.key] === undefined).map((d) => d.key);
}
