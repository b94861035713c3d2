import { describe, expect, it } from "vitest";
import { departureText, RECONNECT_GRACE_MS } from "./departures";

const sam = { identity: "u1", name: "Sam Carter", at: 1_000_000 };

describe("someone who dropped out of the call", () => {
  it("is reconnecting at first, as after a reload", () => {
    expect(departureText(sam, sam.at)).toBe("Sam Carter is reconnecting…");
    expect(departureText(sam, sam.at + RECONNECT_GRACE_MS - 1)).toBe("Sam Carter is reconnecting…");
  });

  it("has left once the grace period passed without them coming back", () => {
    expect(departureText(sam, sam.at + RECONNECT_GRACE_MS)).toBe("Sam Carter left the call");
  });
});
