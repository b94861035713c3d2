/** A confidence interval and how it was made. */
export interface Interval {
  low: number;
  high: number;
  /** Coverage, e.g. 0.95. */
  level: number;
}

export interface BootstrapOptions {
  random: () => number;
  /** Resamples drawn (1,000 unless given). */
  resamples?: number;
  level?: number;
  /** Fewer units than this and no interval is given: the sample does not allow one. */
  minUnits?: number;
}

/**
 * A percentile bootstrap interval: resample the units with replacement, recompute the
 * statistic, take the middle `level` of the results. Resamples where the statistic is
 * undefined are dropped; null when the sample is too small, or when most resamples are
 * undefined (the interval would describe a different statistic).
 */
export function bootstrapInterval<T>(
  units: readonly T[],
  statistic: (sample: readonly T[]) => number | null,
  options: BootstrapOptions,
): Interval | null {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  if (units.length < (options.minUnits ?? 5)) return null;
  const results: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = Array.from(
      { length: units.length },
      () => units[Math.floor(options.random() * units.length)] as T,
    );
    const value = statistic(sample);
    if (value !== null && Number.isFinite(value)) results.push(value);
  }
  if (results.length < resamples / 2) return null;
  results.sort((a, b) => a - b);
  const at = (quantile: number) =>
    results[Math.min(results.length - 1, Math.max(0, Math.round(quantile * (results.length - 1))))] as number;
  return { low: at((1 - level) / 2), high: at(1 - (1 - level) / 2), level };
}
