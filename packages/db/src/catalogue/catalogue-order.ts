import { Difficulty, PromptKind, RoundType } from "@mockboard/prompt-bank";
import { z } from "zod";
import { LENGTH_BUCKETS } from "./length-buckets";

/**
 * How the catalogue orders its results. `relevance` is the default: the best matches for a
 * search, and without one a mix of rounds (the first prompt of each round, then the second…)
 * so the first page shows the whole bank rather than one round in alphabetical order.
 */
export const CatalogueSort = z.enum(["relevance", "shortest", "newest", "difficulty"]);
export type CatalogueSort = z.infer<typeof CatalogueSort>;

/** Easiest first: the enum's own order. */
export const DIFFICULTY_ORDER: readonly string[] = Difficulty.options;
/** The rounds in the bank's own order (system design first, behavioural last). */
export const ROUND_ORDER: readonly string[] = RoundType.options;

/** Where a facet's values have a natural order, the sidebar lists them in it; otherwise by count. */
const NATURAL_ORDER: Partial<Record<string, readonly string[]>> = {
  kind: PromptKind.options,
  roundType: ROUND_ORDER,
  difficulty: DIFFICULTY_ORDER,
  length: Object.keys(LENGTH_BUCKETS),
};

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * A facet's values in reading order: kinds, rounds and difficulties as the bank declares them
 * (Easy, Medium, Hard), lengths short to long, companies alphabetically, tags most used first.
 */
export function orderFacet(facet: string, counts: FacetCount[]): FacetCount[] {
  const natural = NATURAL_ORDER[facet];
  const position = (value: string) => {
    const index = natural?.indexOf(value) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...counts].sort((a, b) => {
    if (natural) return position(a.value) - position(b.value) || a.value.localeCompare(b.value);
    if (facet === "company") return a.value.localeCompare(b.value);
    return b.count - a.count || a.value.localeCompare(b.value);
  });
}
