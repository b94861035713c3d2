import { RoundType } from "@mockboard/prompt-bank";
import { describe, expect, it } from "vitest";
import { cardTags, difficultyLabel, isReaderTag, kindLabel, roundTypeLabel } from "./labels";

describe("prompt labels", () => {
  it("names round types in sentence case, keeping acronyms", () => {
    expect(roundTypeLabel("oop-design")).toBe("OOP design");
    expect(roundTypeLabel("live-coding")).toBe("Live coding");
    expect(roundTypeLabel("ai-assisted-coding")).toBe("AI-assisted coding");
    for (const round of RoundType.options) expect(roundTypeLabel(round)).not.toBe(round);
  });

  it("spells a word one way: the behavioural kind and round read the same", () => {
    expect(kindLabel("BEHAVIORAL")).toBe("Behavioural");
    expect(roundTypeLabel("behavioral")).toBe("Behavioural");
    expect(kindLabel("TAKE_HOME")).toBe(roundTypeLabel("take-home-review"));
  });

  it("names kinds and difficulties, and shows an unknown value as it is", () => {
    expect(difficultyLabel("HARD")).toBe("Hard");
    expect(kindLabel("SOMETHING_NEW")).toBe("SOMETHING_NEW");
    expect(roundTypeLabel("interpretive-dance")).toBe("interpretive-dance");
  });
});

describe("tags a reader sees", () => {
  it("leaves out the content's bookkeeping and repeats of the kind, round or signal", () => {
    expect(isReaderTag("family-search-consumer-closed-conversational")).toBe(false);
    expect(isReaderTag("signal-problem-solving")).toBe(false);
    expect(isReaderTag("behavioral")).toBe(false);
    expect(isReaderTag("ml-coding")).toBe(false);
    expect(isReaderTag("take-home")).toBe(false);
    expect(isReaderTag("feature-store")).toBe(true);
  });

  it("shows a behavioural prompt's signal once", () => {
    const prompt = {
      signal: "problem solving",
      tags: ["behavioral", "signal-problem-solving", "problem-solving", "ownership"],
    };
    expect(cardTags(prompt)).toEqual(["ownership"]);
    expect(cardTags({ signal: null, tags: ["problem-solving"] })).toEqual(["problem-solving"]);
  });
});
