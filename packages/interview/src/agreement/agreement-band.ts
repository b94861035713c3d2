/**
 * What an agreement figure says, with the thresholds the seed material teaches: below 0.6
 * the rubric (not the raters) needs work, above 0.6 substantial, above 0.8 strong.
 */
export type AgreementBand = "weak" | "substantial" | "strong";

export const AGREEMENT_THRESHOLDS = { flagBelow: 0.6, strongAbove: 0.8 } as const;

export function agreementBand(value: number): AgreementBand {
  if (value > AGREEMENT_THRESHOLDS.strongAbove) return "strong";
  if (value >= AGREEMENT_THRESHOLDS.flagBelow) return "substantial";
  return "weak";
}
