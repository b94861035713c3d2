import { describe, expect, it } from "vitest";
import { awayText, type BoardPresence } from "./board-presence";

const presence = (patch: Partial<BoardPresence>): BoardPresence => ({
  live: true,
  here: [],
  dropped: [],
  ...patch,
});

describe("the header's word on the other person", () => {
  it("says nothing while they are on the board", () => {
    expect(awayText(presence({ here: ["sam"] }), "sam")).toBeNull();
  });

  it("says since when they are offline once they dropped off", () => {
    expect(awayText(presence({ dropped: [{ id: "sam", since: "offline since 0:42" }] }), "sam")).toBe(
      "offline since 0:42",
    );
  });

  it("says they are not in the room when they never came", () => {
    expect(awayText(presence({ here: ["someone-else"] }), "sam")).toBe("not in the room");
  });

  it("says nothing while this board is not connected, or before it reported, or without a candidate", () => {
    expect(awayText(presence({ live: false }), "sam")).toBeNull();
    expect(awayText(null, "sam")).toBeNull();
    expect(awayText(presence({}), undefined)).toBeNull();
  });
});
