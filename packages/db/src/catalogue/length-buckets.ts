import { z } from "zod";

/**
 * The catalogue's length filter, in minutes (inclusive). The search's WHERE clause, its
 * facet counts and the labels people read all come from this one table.
 */
export const LENGTH_BUCKETS = {
  short: { label: "Up to 15 min", min: 0, max: 15 },
  medium: { label: "16–30 min", min: 16, max: 30 },
  long: { label: "31–45 min", min: 31, max: 45 },
  full: { label: "46+ min", min: 46, max: 1000 },
} as const;

export const LengthBucket = z.enum(Object.keys(LENGTH_BUCKETS) as [keyof typeof LENGTH_BUCKETS]);
export type LengthBucket = z.infer<typeof LengthBucket>;

export function lengthBucketLabel(bucket: LengthBucket): string {
  return LENGTH_BUCKETS[bucket].label;
}
