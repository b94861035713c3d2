import { createHash } from "node:crypto";
import { type DimensionAgreement, dimensionAgreement, type Rating, seededRandom } from "@mockboard/interview";
import { LRUCache } from "lru-cache";

/**
 * Agreement per dimension is a pure function of the submitted ratings (the bootstrap is
 * seeded), and its 1,000 resamples are most of the calibration tab's time. So each result is
 * kept under a digest of exactly the ratings it came from: a new submission, or a rater
 * leaving, changes the digest and the figure is computed again; nothing can go stale.
 * Per process, bounded: a few hundred dimensions of a few cohorts.
 */
const computed = new LRUCache<string, DimensionAgreement>({ max: 2000 });

export function cachedDimensionAgreement(
  cohortId: string,
  dimension: string,
  ratings: readonly Rating[],
): DimensionAgreement {
  const key = versionOf(cohortId, dimension, ratings);
  const known = computed.get(key);
  if (known) return known;
  // Seeded by the cohort and dimension, so the same scores always give the same interval.
  const result = dimensionAgreement(ratings, { random: seededRandom(hashOf(`${cohortId}|${dimension}`)) });
  computed.set(key, result);
  return result;
}

/** The ratings' version: a digest of every (unit, rater, level), in a fixed order. */
function versionOf(cohortId: string, dimension: string, ratings: readonly Rating[]): string {
  const lines = ratings.map((rating) => `${rating.unitId}|${rating.raterId}|${rating.level ?? "-"}`).sort();
  return createHash("sha256")
    .update(`${cohortId}\n${dimension}\n${lines.join("\n")}`)
    .digest("base64url");
}

/** A 32-bit FNV-1a hash, to seed the bootstrap from a stable string. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
