/** How much a disagreement of |i - j| levels counts: linearly, or by its square (Fleiss-Cohen). */
export type KappaWeights = "linear" | "quadratic";

/** An agreement coefficient, or null where it is undefined (every rating the same level). */
export interface Coefficient {
  value: number | null;
  /** Units that entered the computation (both raters scored them). */
  units: number;
}

/**
 * Cohen's weighted kappa for two raters on an ordinal scale:
 * 1 - sum(w_ij * observed_ij) / sum(w_ij * expected_ij), with disagreement weights
 * w_ij = |i - j| or (i - j)^2 over the scale's positions and the expected table from the
 * two raters' marginals. Units either rater left unscored are skipped. Undefined (null)
 * when chance alone would agree perfectly: both raters gave one level throughout.
 */
export function weightedKappa(
  pairs: readonly (readonly [number | null, number | null])[],
  scale: readonly number[],
  weights: KappaWeights = "quadratic",
): Coefficient {
  const position = new Map(scale.map((level, index) => [level, index]));
  const k = scale.length;
  const table = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let units = 0;
  for (const [a, b] of pairs) {
    if (a === null || b === null) continue;
    const i = position.get(a);
    const j = position.get(b);
    if (i === undefined || j === undefined) throw new Error(`level outside the scale: ${a}, ${b}`);
    (table[i] as number[])[j] = ((table[i] as number[])[j] as number) + 1;
    units++;
  }
  if (units === 0) return { value: null, units };
  const rows = table.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columns = scale.map((_, j) => table.reduce((sum, row) => sum + (row[j] as number), 0));
  const weight = (i: number, j: number) => (weights === "linear" ? Math.abs(i - j) : (i - j) ** 2);
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      observed += weight(i, j) * ((table[i] as number[])[j] as number);
      expected += (weight(i, j) * (rows[i] as number) * (columns[j] as number)) / units;
    }
  }
  if (expected === 0) return { value: null, units };
  return { value: 1 - observed / expected, units };
}
