import { describe, expect, it } from "vitest";
import { difficultyLabel, kindLabel, roundTypeLabel } from "./labels";

describe("prompt labels", () => {
  it("names round types in sentence case, keeping acronyms", () => {
    expect(roundTypeLabel("oop-design")).toBe("OOP design");
    expect(roundTypeLabel("live-coding")).toBe("Live coding");
  });

  it("names kinds and difficulties, and shows an unknown value as it is", () => {
    expect(kindLabel("BEHAVIORAL")).toBe("Behavioural");
    expect(difficultyLabel("HARD")).toBe("Hard");
    expect(kindLabel("SOMETHING_NEW")).toBe("SOMETHING_NEW");
  });
});
