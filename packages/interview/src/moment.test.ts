import { describe, expect, it } from "vitest";
import { formatMoment, parseMoment, replayMomentPath } from "./moment";

describe("moments in replay links", () => {
  it("writes a moment as minutes and seconds, with hours only when needed", () => {
    expect(formatMoment(754_900)).toBe("12m34s");
    expect(formatMoment(3_723_000)).toBe("1h02m03s");
    expect(formatMoment(4_000)).toBe("4s");
    expect(formatMoment(-5)).toBe("0s");
  });

  it("reads back what it writes, and plain seconds", () => {
    for (const ms of [0, 4_000, 754_000, 3_723_000]) expect(parseMoment(formatMoment(ms))).toBe(ms);
    expect(parseMoment("90")).toBe(90_000);
    expect(parseMoment("2m")).toBe(120_000);
  });

  it("refuses what is not a moment", () => {
    for (const value of ["", "abc", "s", "-3s", "1h2h", null]) expect(parseMoment(value)).toBeNull();
  });

  it("links the replay at a moment", () => {
    expect(replayMomentPath("abc", 754_000)).toBe("/sessions/abc/replay?t=12m34s");
  });
});
