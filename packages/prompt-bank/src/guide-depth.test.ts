import { describe, expect, it } from "vitest";
import { prompts } from "./bank";
import { kindFolder } from "./content-files";
import { guideShortfalls } from "./guide-depth";
import type { Prompt } from "./schema";

const deep: Prompt["guide"] = {
  overview: "Reference answer.",
  whyAsked: "It separates people who measure from people who guess.",
  referenceSteps: ["Frame", "Measure", "Decide"].map((title) => ({ title, detail: `${title} it.` })),
  keyDecisions: [],
  keyPoints: ["One", "Two", "Three", "Four"],
  followUps: ["A", "B", "C", "D"].map((question) => ({ question, goodAnswer: "Adds a number." })),
  signals: ["Measures", "States trade-offs", "Names risks"],
  redFlags: ["Guesses", "Ignores cost", "No baseline"],
  metrics: [],
  takeaway: "",
  levelExpectations: { mid: "Gets it working.", senior: "Measures it.", staff: "Sets the standard." },
  hintLadder: ["What would you measure?", "Think about the baseline.", "Compare against last week's model."],
};

describe("the depth of a guide", () => {
  it("is enough when every section meets its minimum", () => {
    expect(guideShortfalls({ kind: "CONCEPT", guide: deep })).toEqual([]);
  });

  it("names each section that falls short, with the count it has and needs", () => {
    const thin = { ...deep, whyAsked: "", followUps: deep.followUps.slice(0, 2), hintLadder: undefined };
    expect(guideShortfalls({ kind: "SYSTEM_DESIGN", guide: thin })).toEqual([
      "whyAsked is missing",
      "followUps: 2, needs at least 4",
      "hintLadder (three hints) is missing",
    ]);
  });

  it("holds a behavioural guide to its own shape: four story points, no reference steps or hints needed", () => {
    const story = { ...deep, referenceSteps: [], hintLadder: undefined };
    expect(guideShortfalls({ kind: "BEHAVIORAL", guide: story })).toEqual([]);
    const short = { ...story, keyPoints: ["One", "Two", "Three"], levelExpectations: undefined };
    expect(guideShortfalls({ kind: "BEHAVIORAL", guide: short })).toEqual([
      "keyPoints: 3, needs at least 4",
      "levelExpectations (mid, senior, staff) are missing",
    ]);
  });
});

describe("every built-in guide", () => {
  it("is deep enough to run the interview and score it", () => {
    const shallow = prompts.flatMap((prompt) =>
      guideShortfalls(prompt).map((line) => `${kindFolder(prompt.kind)}/${prompt.slug}: ${line}`),
    );
    expect(shallow).toEqual([]);
  });
});
