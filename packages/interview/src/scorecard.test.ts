import { describe, expect, it } from "vitest";
import { scoreTotals, unscoredDimensions } from "./scorecard";

const dimensions = [
  { key: "design", weight: 2 },
  { key: "data", weight: 1 },
  { key: "communication", weight: 1 },
];

describe("scorecard totals", () => {
  it("weights each observed level by its dimension's weight", () => {
    const totals = scoreTotals(dimensions, { design: 4, data: 2, communication: 2 });
    expect(totals.weightedLevel).toBe(3);
    expect(totals.percent).toBe(67);
    expect(totals.observed).toBe(3);
  });

  it("leaves dimensions marked not observed out of the mean instead of counting them as zero", () => {
    const totals = scoreTotals(dimensions, { design: 3, data: null, communication: 3 });
    expect(totals.weightedLevel).toBe(3);
    expect(totals).toMatchObject({ observed: 2, total: 3 });
  });

  it("has no total when nothing was observed", () => {
    expect(scoreTotals(dimensions, { design: null }).weightedLevel).toBeNull();
  });

  it("lists dimensions with neither a level nor a not-observed decision", () => {
    expect(unscoredDimensions(dimensions, { design: 3, data: null })).toEqual(["communication"]);
  });
});
