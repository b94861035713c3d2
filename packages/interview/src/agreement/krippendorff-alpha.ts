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
  const coincidences = Array.from({ length: values.length }, () => new Array<number>(values.length).fill(0));
  for (const unit of pairable) addCoincidences(coincidences, unit, values);
  return { value: alphaFromCoincidences(coincidences, values, measurement), units: pairable.length };
}

/**
 * Adds one unit's pairable values to a coincidence matrix over `values` (ascending): each
 * ordered pair of different raters counts 1 / (m - 1). Units add up, so a bootstrap can
 * work each unit's share out once and only sum the shares it draws.
 */
export function addCoincidences(
  coincidences: number[][],
  unit: readonly number[],
  values: readonly number[],
): void {
  const m = unit.length;
  if (m < 2) return;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      if (i === j) continue;
      const c = values.indexOf(unit[i] as number);
      const k = values.indexOf(unit[j] as number);
      (coincidences[c] as number[])[k] = ((coincidences[c] as number[])[k] as number) + 1 / (m - 1);
    }
  }
}

/**
 * Alpha from a coincidence matrix over `values` (ascending). A value nobody gave has an empty
 * row and column and changes nothing, so a fixed scale gives the same figure as the values
 * present. Null where undefined: fewer than two pairable values, or only one value in them.
 */
export function alphaFromCoincidences(
  coincidences: readonly (readonly number[])[],
  values: readonly number[],
  measurement: Measurement,
): number | null {
  const v = values.length;
  const totals = coincidences.map((row) => row.reduce((sum, count) => sum + count, 0));
  const n = totals.reduce((sum, count) => sum + count, 0);
  if (n < 2 || totals.filter((total) => total > 0).length < 2) return null;
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
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
