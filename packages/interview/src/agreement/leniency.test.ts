import { describe, expect, it } from "vitest";
import { leniencyByRater, type ScoreGiven } from "./leniency";

const scores = (raterId: string, dimension: string, levels: number[]): ScoreGiven[] =>
  levels.map((level) => ({ raterId, dimension, level }));

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
