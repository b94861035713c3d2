import { describe, expect, it } from "vitest";
import { countOf } from "./count-of";

describe("counts", () => {
  it("counts in the singular for one and the plural otherwise", () => {
    expect(countOf(1, "session")).toBe("1 session");
    expect(countOf(0, "session")).toBe("0 sessions");
    expect(countOf(3, "person", "people")).toBe("3 people");
  });
});
