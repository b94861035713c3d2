import { describe, expect, it } from "vitest";
import { droppedAfter } from "./dropped-peers";

const sam = { id: "u-sam", name: "Sam Carter", color: "#0a0" };
const coach = { id: "u-coach", name: "Ada Coach", color: "#00a" };

describe("who dropped off the board", () => {
  it("someone seen before and gone now is listed with the session time they dropped", () => {
    expect(droppedAfter([sam, coach], [coach], [], 42_000)).toEqual([{ ...sam, sinceMs: 42_000 }]);
  });

  it("someone who comes back is no longer listed", () => {
    const dropped = droppedAfter([sam], [], [], 42_000);
    expect(droppedAfter([], [sam], dropped, 50_000)).toEqual([]);
  });

  it("keeps the time of the first drop while they stay away", () => {
    const dropped = droppedAfter([sam], [], [], 42_000);
    expect(droppedAfter([sam], [], dropped, 60_000)).toEqual([{ ...sam, sinceMs: 42_000 }]);
  });

  it("one person with two tabs counts once", () => {
    expect(droppedAfter([sam, sam], [], [], 1_000)).toHaveLength(1);
  });
});
