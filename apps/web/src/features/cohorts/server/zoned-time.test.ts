import { describe, expect, it } from "vitest";
import { instantToWallTime, wallTimeToInstant } from "./zoned-time";

describe("wall-clock times in a cohort's zone", () => {
  it("resolve to the zone's offset on that day, either side of daylight saving", () => {
    expect(wallTimeToInstant("2026-03-27T18:00", "Europe/Berlin").toISOString()).toBe(
      "2026-03-27T17:00:00.000Z",
    );
    expect(wallTimeToInstant("2026-03-31T18:00", "Europe/Berlin").toISOString()).toBe(
      "2026-03-31T16:00:00.000Z",
    );
    expect(wallTimeToInstant("2026-03-06T09:30", "America/New_York").toISOString()).toBe(
      "2026-03-06T14:30:00.000Z",
    );
  });

  it("round-trip back to the same wall-clock time", () => {
    const at = wallTimeToInstant("2026-11-01T01:30", "America/New_York");
    expect(instantToWallTime(at, "America/New_York")).toBe("2026-11-01T01:30");
  });
});
