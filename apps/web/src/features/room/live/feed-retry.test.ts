import { describe, expect, it } from "vitest";
import { afterFeedLost, reopenDelayMs } from "./feed-retry";

describe("after the browser gave the room's live feed up", () => {
  it("stops for good when the room refuses this person", () => {
    for (const status of [401, 403, 404]) expect(afterFeedLost(status)).toBe("stop");
  });

  it("opens the feed again at once when the room's state could be read", () => {
    expect(afterFeedLost(200)).toBe("reopen");
  });

  it("waits and tries again when no web node answered or one failed", () => {
    for (const status of [null, 429, 500, 502, 503, 504]) expect(afterFeedLost(status)).toBe("wait");
  });
});

describe("the wait before reaching the room again", () => {
  it("doubles from one second up to ten", () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 9].map((attempt) => reopenDelayMs(attempt, middle))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000, 10_000,
    ]);
  });

  it("is spread by up to a fifth either way", () => {
    expect(reopenDelayMs(2, () => 0)).toBe(1600);
    expect(reopenDelayMs(2, () => 1)).toBe(2400);
  });
});
