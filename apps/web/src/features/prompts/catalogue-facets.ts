import "server-only";
import { type LengthBucket, lengthBucketLabel } from "@mockboard/db";
import { difficultyLabel, kindLabel, roundTypeLabel } from "./labels";

/** The catalogue's filters, in the order the sidebar shows them. */
export const FACETS = [
  { key: "kind", title: "Kind" },
  { key: "roundType", title: "Round" },
  { key: "difficulty", title: "Difficulty" },
  { key: "length", title: "Length" },
  { key: "company", title: "Company" },
  { key: "tag", title: "Tags" },
] as const;
export type FacetKey = (typeof FACETS)[number]["key"];

/** How a facet value reads on screen; length labels come from the db's bucket table. */
export function facetLabel(facet: FacetKey, value: string): string {
  switch (facet) {
    case "kind":
      return kindLabel(value);
    case "difficulty":
      return difficultyLabel(value);
    case "roundType":
      return roundTypeLabel(value);
    case "length":
      return lengthBucketLabel(value as LengthBucket);
    default:
      return value;
  }
}
