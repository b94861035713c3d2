import { describe, expect, it } from "vitest";
import { prompts } from "./bank";
import { candidateTexts, copiedKeyPoints, normalise } from "./candidate-text";
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
  it("is the title, slug, tags, company, round, brief, phases and stages, never the guide or lookFor", () => {
    const staged: Prompt = {
      ...base,
      company: "Acme",
      brief: { ...base.brief, examples: [{ input: "[1, 2]", output: "3", explanation: "" }] },
      stages: [{ key: "level-2", title: "Level 2", summary: "Add raters.", requirements: ["Three raters"] }],
    };
    expect(candidateTexts(staged).map((item) => item.field)).toEqual([
      "title",
      "slug",
      "tags[0]",
      "company",
      "roundType",
      "brief.summary",
      "brief.examples[0].input",
      "brief.examples[0].output",
      "phases.answer.title",
      "phases.answer.instruction",
      "stages.level-2.title",
      "stages.level-2.summary",
      "stages.level-2.requirements[0]",
    ]);
  });

  it("marks the question's framing: the brief's summary and context, the company and the round", () => {
    const framing = candidateTexts({ ...base, company: "Acme" })
      .filter((item) => item.framing)
      .map((item) => item.field);
    expect(framing).toEqual(["company", "roundType", "brief.summary"]);
  });

  it("is compared as normalised text: case, accents and punctuation do not hide a key point", () => {
    expect(normalise("Cohen’s  KAPPA, for two raters!")).toBe("cohen s kappa for two raters");
    const leaky = { ...base, title: "COHEN'S KAPPA — for two raters?" };
    expect(copiedKeyPoints(leaky).map((leak) => leak.field)).toEqual(["title"]);
  });

  it("counts six consecutive words shared with a key point as giving it away", () => {
    const sixWords = {
      ...base,
      brief: { ...base.brief, summary: "Remember the fix is a clearer labeling rubric here." },
    };
    expect(copiedKeyPoints(sixWords)).toEqual([
      {
        field: "brief.summary",
        keyPoint: "Under 0.6, the fix is a clearer labeling rubric, not different raters",
        shared: "the fix is a clearer labeling",
      },
    ]);
    const fiveWords = { ...base, brief: { ...base.brief, summary: "Is a clearer labeling rubric enough?" } };
    expect(copiedKeyPoints(fiveWords)).toEqual([]);
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
