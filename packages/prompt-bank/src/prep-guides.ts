import { loadPrepGuides } from "./load-prep-guides";
import type { PrepGuide } from "./prep-guide-schema";

/** Every candidate preparation guide, one per round type, in the order of the RoundType enum. */
export const prepGuides: readonly PrepGuide[] = loadPrepGuides();

/** The preparation guide of a round type (e.g. a prompt's roundType), if there is one. */
export function findPrepGuide(roundType: string): PrepGuide | undefined {
  return prepGuides.find((guide) => guide.roundType === roundType);
}
