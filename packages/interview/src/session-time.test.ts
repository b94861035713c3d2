import { describe, expect, it } from "vitest";
import { sessionTimeAt } from "./session-time";

const t0 = 1_700_000_000_000;

describe("session time", () => {
  it("is unknown before the session started", () => {
    expect(sessionTimeAt({ startedAt: null, endedAt: null }, t0)).toBeNull();
  });

  it("counts wall-clock time since the start, pauses included", () => {
    expect(sessionTimeAt({ startedAt: t0, endedAt: null }, t0 + 185_000)).toBe(185_000);
  });

  it("stops at the end, so a note written afterwards points at the end", () => {
    expect(sessionTimeAt({ startedAt: t0, endedAt: t0 + 60_000 }, t0 + 600_000)).toBe(60_000);
  });

  it("never reads a moment before the start", () => {
    expect(sessionTimeAt({ startedAt: t0, endedAt: null }, t0 - 5_000)).toBe(0);
  });
});
