import { describe, expect, it } from "vitest";
import { betterReading, clockReading, READING_KEPT_MS, serverMsOf } from "./clock-sync";

describe("a reading of the server's clock", () => {
  it("takes the middle of the round trip when the server answered at once", () => {
    const reading = clockReading({ sent: 1_000, received: 1_200, serverNow: 5_100, serverMs: 0 });
    expect(reading.offsetMs).toBe(4_000);
    expect(reading.errorMs).toBe(100);
  });

  it("is not thrown off by the time the server spent reading the database", () => {
    // Same clocks (offset 0): the request arrives at 1,050, the server works 4 s and stamps
    // 5,050 as it answers, and the answer takes 50 ms back.
    const reading = clockReading({ sent: 1_000, received: 5_100, serverNow: 5_050, serverMs: 4_000 });
    expect(reading.offsetMs).toBe(0);
    expect(reading.errorMs).toBe(50);
  });

  it("never trusts a server time longer than the round trip", () => {
    const reading = clockReading({ sent: 0, received: 100, serverNow: 100, serverMs: 900 });
    expect(reading.errorMs).toBe(0);
    expect(reading.offsetMs).toBe(0);
  });
});

describe("which reading the room keeps", () => {
  const kept = { offsetMs: 10, errorMs: 20, takenAt: 0 };

  it("keeps the more certain reading over a slow new one", () => {
    expect(betterReading(kept, { offsetMs: 2_000, errorMs: 2_000, takenAt: 60_000 })).toBe(kept);
  });

  it("takes a new reading that is as certain or more", () => {
    const next = { offsetMs: 12, errorMs: 15, takenAt: 60_000 };
    expect(betterReading(kept, next)).toBe(next);
  });

  it("takes a new reading once the kept one is old, however slow", () => {
    const next = { offsetMs: 30, errorMs: 400, takenAt: READING_KEPT_MS + 1 };
    expect(betterReading(kept, next)).toBe(next);
  });
});

describe("the app's time in a Server-Timing header", () => {
  it("reads the app entry's duration", () => {
    expect(serverMsOf("app;dur=12.5")).toBe(12.5);
    expect(serverMsOf('db;dur=3, app;desc="state";dur=40')).toBe(40);
  });

  it("is zero without a header or an app entry", () => {
    expect(serverMsOf(null)).toBe(0);
    expect(serverMsOf("db;dur=3")).toBe(0);
  });
});
