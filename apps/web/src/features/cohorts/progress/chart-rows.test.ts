import { describe, expect, it } from "vitest";
import { chartRows, seriesLook } from "./chart-rows";

describe("progress chart data", () => {
  it("puts each session on one row with the level of every dimension it scored, in time order", () => {
    const rows = chartRows([
      {
        dimension: "d/scale",
        title: "Scale",
        points: [
          { sessionId: "s2", at: "2026-03-09T10:00:00.000Z", level: 3 },
          { sessionId: "s1", at: "2026-03-02T10:00:00.000Z", level: 2 },
        ],
      },
      {
        dimension: "d/tests",
        title: "Tests",
        points: [{ sessionId: "s2", at: "2026-03-09T10:00:00.000Z", level: 1 }],
      },
    ]);
    expect(rows).toEqual([
      { sessionId: "s1", at: "2026-03-02T10:00:00.000Z", levels: { "d/scale": 2 } },
      { sessionId: "s2", at: "2026-03-09T10:00:00.000Z", levels: { "d/scale": 3, "d/tests": 1 } },
    ]);
  });

  it("tells series apart by dash and marker as well as colour", () => {
    const looks = Array.from({ length: 10 }, (_, i) => seriesLook(i));
    expect(new Set(looks.map((look) => look.color)).size).toBe(10);
    expect(new Set(looks.map((look) => look.dash)).size).toBe(10);
    expect(new Set(looks.map((look) => look.marker)).size).toBe(10);
  });
});
