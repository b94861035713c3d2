import { describe, expect, it } from "vitest";
import { prompts } from "./bank";
import { candidateLeaks, candidateTexts, normalise } from "./candidate-text";
import type { Prompt } from "./schema";

const base: Prompt = {
  slug: "leaky-prompt",
  title: "Choosing an agreement statistic",
  kind: "CONCEPT",
  roundType: "ml-evaluation",
  difficulty: "MEDIUM",
  minutes: 10,
  tags: ["evaluation"],
  brief: {
    summary: "Which statistic fits?",
    context: "",
    requirements: [],
    constraints: [],
    examples: [],
    deliverable: "",
  },
  stages: [],
  askedTerms: [],
  guide: {
    overview: "Reference answer.",
    whyAsked: "",
    referenceSteps: [],
    keyDecisions: [],
    keyPoints: [
      "Cohen's kappa for two raters",
      "Under 0.6, the fix is a clearer labeling rubric, not different raters",
    ],
    followUps: [],
    signals: [],
    redFlags: [],
    metrics: [],
    takeaway: "",
  },
  phases: [
    {
      key: "answer",
      title: "Answer",
      minutes: 10,
      instruction: "Answer the question and explain your reasoning.",
      lookFor: "Cohen's kappa for two raters",
    },
  ],
  rubric: "concept-question",
};

describe("what the candidate sees of a prompt", () => {
  it("is the title, the brief and each phase's title and instruction, never the guide or lookFor", () => {
    const fields = candidateTexts(base).map((item) => item.field);
    expect(fields).toEqual(["title", "brief.summary", "phases.answer.title", "phases.answer.instruction"]);
  });

  it("is compared as normalised text: case, accents and punctuation do not hide a key point", () => {
    expect(normalise("Cohen’s  KAPPA, for two raters!")).toBe("cohen s kappa for two raters");
    const leaky = { ...base, title: "COHEN'S KAPPA — for two raters?" };
    expect(candidateLeaks(leaky).map((leak) => leak.field)).toEqual(["title"]);
  });

  it("counts six consecutive words shared with a key point as giving it away", () => {
    const sixWords = {
      ...base,
      brief: { ...base.brief, summary: "Remember the fix is a clearer labeling rubric here." },
    };
    expect(candidateLeaks(sixWords)).toEqual([
      {
        field: "brief.summary",
        keyPoint: "Under 0.6, the fix is a clearer labeling rubric, not different raters",
        shared: "the fix is a clearer labeling",
      },
    ]);
    const fiveWords = { ...base, brief: { ...base.brief, summary: "Is a clearer labeling rubric enough?" } };
    expect(candidateLeaks(fiveWords)).toEqual([]);
  });

  it("no candidate-facing field of any prompt contains a key point of its guide", () => {
    const leaks = prompts.flatMap((prompt) =>
      candidateLeaks(prompt).map(
        (leak) => `${prompt.slug} ${leak.field}: "${leak.shared}" (${leak.keyPoint})`,
      ),
    );
    expect(leaks).toEqual([]);
  });

  it("gives every phase an instruction of its own, not a copy of what the interviewer looks for", () => {
    const copies = prompts.flatMap((prompt) =>
      prompt.phases
        .filter((phase) => normalise(phase.instruction) === normalise(phase.lookFor))
        .map((phase) => `${prompt.slug} ${phase.key}`),
    );
    expect(copies).toEqual([]);
  });
});
