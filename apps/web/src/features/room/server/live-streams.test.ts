import { describe, expect, it } from "vitest";
import { LIVE_STREAMS_PER_ADDRESS, LIVE_STREAMS_PER_PERSON, takeLiveStreamSlot } from "./live-streams";

describe("live stream slots", () => {
  it("give one person a few streams and refuse the next until one is released", () => {
    const taken = Array.from({ length: LIVE_STREAMS_PER_PERSON }, () =>
      takeLiveStreamSlot("alice", "10.0.0.1"),
    );
    expect(taken.every((release) => release !== null)).toBe(true);
    expect(takeLiveStreamSlot("alice", "10.0.0.2")).toBeNull();
    taken[0]?.();
    taken[0]?.();
    const again = takeLiveStreamSlot("alice", "10.0.0.1");
    expect(again).not.toBeNull();
    again?.();
    for (const release of taken) release?.();
  });

  it("bound the streams one address holds, however many accounts it signs in with", () => {
    const address = "203.0.113.9";
    const taken: (() => void)[] = [];
    let person = 0;
    while (taken.length < LIVE_STREAMS_PER_ADDRESS) {
      const release = takeLiveStreamSlot(`flooder-${Math.floor(person++ / 2)}`, address);
      if (!release) throw new Error("refused before the address cap");
      taken.push(release);
    }
    expect(takeLiveStreamSlot("a-fresh-account", address)).toBeNull();
    // Someone else, from another address, is not held up by the flood.
    const other = takeLiveStreamSlot("a-fresh-account", "198.51.100.7");
    expect(other).not.toBeNull();
    other?.();
    taken.pop()?.();
    // A refusal takes nothing: the freed slot is there for the next stream.
    const next = takeLiveStreamSlot("a-fresh-account", address);
    expect(next).not.toBeNull();
    next?.();
    for (const release of taken) release();
  });
});
