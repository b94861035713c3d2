import { z } from "zod";

// A scorecard's field schemas, for the servers that parse scorecards. scorecard.ts computes
// with their types only, so a browser bundle that shows totals never carries zod.

/** A level on the rubric's 1-4 scale, or null for "not observed". */
export const ScoreLevel = z.number().int().min(1).max(4).nullable();
export type ScoreLevel = z.infer<typeof ScoreLevel>;

export const Recommendation = z.enum(["STRONG_NO", "NO", "YES", "STRONG_YES"]);
export type Recommendation = z.infer<typeof Recommendation>;
