import { describe, expect, it } from "vitest";
import { leniencyByRater, type ScoreTotal } from "./leniency";

/** The totals Postgres sums for one interviewer's levels on one dimension. */
const scores = (raterId: string, dimension: string, levels: number[]): ScoreTotal[] => [
  {
    raterId,
    dimension,
    count: levels.length,
    sum: levels.reduce((sum, level) => sum + level, 0),
    sumOfSquares: levels.reduce((sum, level) => sum + level * level, 0),
  },
];

describe("interviewer leniency", () => {
  it("finds the interviewer who scores a level above everyone else", () => {
    const result = leniencyByRater([
      ...scores("generous", "design/scale", [4, 4, 4, 4, 4, 3]),
      ...scores("steady", "design/scale", [3, 3, 3, 3, 2, 3]),
      ...scores("other", "design/scale", [3, 2, 3, 3, 3, 3]),
      ...scores("third", "design/scale", [3, 3, 2, 3, 3, 3]),
    ]);
    expect(result[0]).toMatchObject({ raterId: "generous", reading: "lenient", scores: 6 });
    expect(result[0]?.meanDifference).toBeCloseTo(23 / 6 - 51 / 18, 10);
    expect(result.find((entry) => entry.raterId === "steady")?.reading).toBe("in line");
  });

  it("gives the interval of the differences one by one, though it reads only totals", () => {
    const result = leniencyByRater([
      ...scores("generous", "design/scale", [4, 4, 4, 4, 4, 3]),
      ...scores("generous", "coding/tests", [2, 3]),
      ...scores("steady", "design/scale", [3, 3, 3, 3, 2, 3]),
      ...scores("steady", "coding/tests", [1, 2, 1]),
    ]);
    // Worked by hand: the others' means are 17/6 (scale) and 4/3 (tests).
    const differences = [...[4, 4, 4, 4, 4, 3].map((level) => level - 17 / 6), 2 - 4 / 3, 3 - 4 / 3];
    const mean = differences.reduce((sum, d) => sum + d, 0) / differences.length;
    const variance = differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (differences.length - 1);
    const half = 1.96 * Math.sqrt(variance / differences.length);
    const generous = result.find((entry) => entry.raterId === "generous");
    expect(generous?.scores).toBe(8);
    expect(generous?.meanDifference).toBeCloseTo(mean, 10);
    expect(generous?.interval?.low).toBeCloseTo(mean - half, 10);
    expect(generous?.interval?.high).toBeCloseTo(mean + half, 10);
  });

  it("compares like with like: a dimension nobody else scored does not count", () => {
    const result = leniencyByRater([
      ...scores("solo", "coding/tests", [1, 1, 1]),
      ...scores("solo", "design/scale", [3]),
      ...scores("other", "design/scale", [3]),
    ]);
    expect(result.find((entry) => entry.raterId === "solo")).toMatchObject({ scores: 1, meanDifference: 0 });
  });

  it("gives no interval and calls nobody lenient from fewer than five scores", () => {
    const result = leniencyByRater([...scores("high", "d", [4, 4]), ...scores("low", "d", [1, 1])]);
    expect(result.every((entry) => entry.interval === null && entry.reading === "in line")).toBe(true);
  });
});
