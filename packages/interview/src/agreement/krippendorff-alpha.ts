import type { Coefficient } from "./weighted-kappa";

/** The level of measurement, which decides how far apart two values are. */
export type Measurement = "nominal" | "ordinal" | "interval";

/**
 * Krippendorff's alpha, 1 - D_observed / D_expected, from the coincidence matrix of the
 * values (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). `units[u][r]`
 * is rater r's value for unit u, or null when missing; units with fewer than two values
 * are not pairable and drop out. Ordinal distances follow the paper: the squared count of
 * values lying between the two (halving the ends). Null where undefined: no pairable
 * values, or only one value in all of them.
 */
export function krippendorffAlpha(
  units: readonly (readonly (number | null)[])[],
  measurement: Measurement = "ordinal",
): Coefficient {
  const pairable = units
    .map((ratings) => ratings.filter((value): value is number => value !== null))
    .filter((values) => values.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((value, i) => [value, i]));
  const v = values.length;
  const coincidences = Array.from({ length: v }, () => new Array<number>(v).fill(0));
  for (const unit of pairable) {
    const m = unit.length;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const c = index.get(unit[i] as number) as number;
        const k = index.get(unit[j] as number) as number;
        (coincidences[c] as number[])[k] = ((coincidences[c] as number[])[k] as number) + 1 / (m - 1);
      }
    }
  }
  const totals = coincidences.map((row) => row.reduce((sum, count) => sum + count, 0));
  const n = totals.reduce((sum, count) => sum + count, 0);
  if (n < 2 || v < 2) return { value: null, units: pairable.length };
  const distance = (c: number, k: number): number => {
    if (measurement === "nominal") return c === k ? 0 : 1;
    if (measurement === "interval") return ((values[c] as number) - (values[k] as number)) ** 2;
    const [low, high] = c < k ? [c, k] : [k, c];
    let between = 0;
    for (let g = low; g <= high; g++) between += totals[g] as number;
    return (between - ((totals[c] as number) + (totals[k] as number)) / 2) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) {
      const d = distance(c, k);
      observed += ((coincidences[c] as number[])[k] as number) * d;
      expected += (totals[c] as number) * (totals[k] as number) * d;
    }
  }
  if (expected === 0) return { value: null, units: pairable.length };
  return { value: 1 - ((n - 1) * observed) / expected, units: pairable.length };
}
