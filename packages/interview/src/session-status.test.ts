import { describe, expect, it } from "vitest";
import { isSessionOpen } from "./session-status";

describe("session status", () => {
  it("a scheduled or live session is open; a completed or cancelled one is not", () => {
    expect(isSessionOpen("SCHEDULED")).toBe(true);
    expect(isSessionOpen("LIVE")).toBe(true);
    expect(isSessionOpen("COMPLETED")).toBe(false);
    expect(isSessionOpen("CANCELLED")).toBe(false);
  });
});
