import { describe, expect, it } from "vitest";
import { byLocalDate, localDate, weekDates } from "./week-days";

describe("schedule days", () => {
  it("put a moment on the day it falls on in the viewer's zone", () => {
    const lateInBerlin = "2026-03-02T23:30:00Z"; // Tue 00:30 in Berlin, Mon 18:30 in New York
    expect(localDate(lateInBerlin, "Europe/Berlin")).toBe("2026-03-03");
    expect(localDate(lateInBerlin, "America/New_York")).toBe("2026-03-02");
  });

  it("list a week's seven dates across a month end", () => {
    expect(weekDates("2026-03-30")).toEqual([
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
      "2026-04-03",
      "2026-04-04",
      "2026-04-05",
    ]);
  });

  it("group sessions by local day in time order", () => {
    const days = byLocalDate(
      [
        { id: "b", at: "2026-03-02T18:00:00Z" },
        { id: "a", at: "2026-03-02T08:00:00Z" },
        { id: "c", at: "2026-03-03T08:00:00Z" },
      ],
      "UTC",
    );
    expect([...days].map(([day, items]) => [day, items.map((item) => item.id)])).toEqual([
      ["2026-03-02", ["a", "b"]],
      ["2026-03-03", ["c"]],
    ]);
  });
});
