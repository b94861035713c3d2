import { type AgreementBand, agreementBand } from "./agreement-band";
import { bootstrapInterval, type Interval } from "./bootstrap";
import { addCoincidences, alphaFromCoincidences, krippendorffAlpha } from "./krippendorff-alpha";
import { weightedKappa } from "./weighted-kappa";

/** One rater's level for one unit (a calibrated session's dimension); null = not observed. */
export interface Rating {
  unitId: string;
  raterId: string;
  level: number | null;
}

export interface DimensionAgreement {
  /** Quadratic-weighted Cohen's kappa for two raters, ordinal Krippendorff's alpha for more. */
  method: "weighted-kappa" | "krippendorff-alpha" | null;
  value: number | null;
  interval: Interval | null;
  band: AgreementBand | null;
  /** Units that entered the figure. */
  units: number;
  /** Raters who gave at least one level. */
  raters: number;
}

/** The rubric's levels, 1 (weak) to 4 (strong). */
export const SCORE_SCALE = [1, 2, 3, 4] as const;

/**
 * How well raters agree on one rubric dimension across units. Two raters: weighted kappa
 * over the units both scored. More: Krippendorff's alpha (ordinal), which uses every unit
 * at least two raters scored. A bootstrap interval over units where there are enough.
 */
export function dimensionAgreement(
  ratings: readonly Rating[],
  options: { random: () => number; resamples?: number },
): DimensionAgreement {
  const scored = ratings.filter((rating) => rating.level !== null);
  const raterIds = [...new Set(scored.map((rating) => rating.raterId))].sort();
  const unitIds = [...new Set(ratings.map((rating) => rating.unitId))];
  const none = { method: null, value: null, interval: null, band: null, units: 0, raters: raterIds.length };
  if (raterIds.length < 2) return none;
  const levelOf = new Map(scored.map((rating) => [`${rating.unitId}|${rating.raterId}`, rating.level]));
  const matrix = unitIds.map((unit) => raterIds.map((rater) => levelOf.get(`${unit}|${rater}`) ?? null));
  const method = raterIds.length === 2 ? ("weighted-kappa" as const) : ("krippendorff-alpha" as const);
  const compute = (units: readonly (readonly (number | null)[])[]) =>
    method === "weighted-kappa"
      ? weightedKappa(
          units.map((row) => [row[0] ?? null, row[1] ?? null] as const),
          SCORE_SCALE,
          "quadratic",
        )
      : krippendorffAlpha(units, "ordinal");
  const result = compute(matrix);
  if (result.value === null) return { ...none, method, units: result.units };
  // Resample only the units that count, so the interval reflects the sample the figure used.
  const counted = matrix.filter((row) => row.filter((level) => level !== null).length >= 2);
  // Levels off the 1-4 scale (never stored: the inputs are validated) take the general path.
  const onScale = scored.every((rating) =>
    (SCORE_SCALE as readonly (number | null)[]).includes(rating.level),
  );
  const interval =
    method === "krippendorff-alpha" && onScale
      ? alphaInterval(counted, options)
      : bootstrapInterval(counted, (sample) => compute(sample).value, options);
  return {
    method,
    value: result.value,
    interval,
    band: agreementBand(result.value),
    units: result.units,
    raters: raterIds.length,
  };
}

/**
 * The bootstrap interval of ordinal alpha, from each unit's share of the coincidence matrix
 * over the score scale worked out once: a resample sums the shares it drew (the same figure
 * as recomputing alpha from the drawn units, about ten times faster).
 */
function alphaInterval(
  units: readonly (readonly (number | null)[])[],
  options: { random: () => number; resamples?: number },
) {
  const scale: readonly number[] = SCORE_SCALE;
  const size = scale.length;
  const shares = units.map((row) => {
    const share = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    addCoincidences(
      share,
      row.filter((level): level is number => level !== null),
      scale,
    );
    return share;
  });
  return bootstrapInterval(
    shares,
    (sample) => {
      const sum = Array.from({ length: size }, () => new Array<number>(size).fill(0));
      for (const share of sample)
        for (let c = 0; c < size; c++)
          for (let k = 0; k < size; k++)
            (sum[c] as number[])[k] =
              ((sum[c] as number[])[k] as number) + ((share[c] as number[])[k] as number);
      return alphaFromCoincidences(sum, scale, "ordinal");
    },
    options,
  );
}
