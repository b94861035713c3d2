import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sessionClock } from "./session-clock";

const startedAt = 1_800_000_000_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the room's session clock", () => {
  it("reads the time of the asking, however long after the page loaded a panel asks", () => {
    // The page was rendered 5 s into the interview; the notes tab opens 3 minutes later.
    vi.setSystemTime(startedAt + 5_000);
    const clock = sessionClock({ startedAt, endedAt: null }, 0);
    vi.advanceTimersByTime(180_000);
    expect(clock.sessionTime()).toBe(185_000);
  });

  it("corrects this browser's clock to the server's", () => {
    // This browser's clock runs 7 s ahead of the server's.
    vi.setSystemTime(startedAt + 60_000 + 7_000);
    const clock = sessionClock({ startedAt, endedAt: null }, -7_000);
    expect(clock.serverNow()).toBe(startedAt + 60_000);
    expect(clock.sessionTime()).toBe(60_000);
  });

  it("reads whole milliseconds, as the server stores them", () => {
    vi.setSystemTime(startedAt + 10_000);
    expect(sessionClock({ startedAt, endedAt: null }, 0.5).sessionTime()).toBe(10_001);
  });

  it("has no session time before the start, and stops at the end", () => {
    vi.setSystemTime(startedAt + 600_000);
    expect(sessionClock({ startedAt: null, endedAt: null }, 0).sessionTime()).toBeNull();
    expect(sessionClock({ startedAt, endedAt: startedAt + 60_000 }, 0).sessionTime()).toBe(60_000);
  });
});
