import { describe, expect, it } from "vitest";
import { bankLeaks } from "./bank-leaks";
import {
  describeLeak,
  findLeaks,
  type LeakCheckable,
  type LeakFinding,
  neutralPhaseTexts,
} from "./leak-check";

const base: LeakCheckable = {
  slug: "optimiser-question",
  title: "How optimisers differ",
  tags: ["ml-fundamentals"],
  roundType: "ml-fundamentals",
  brief: {
    summary: "How do the optimisers used to train neural networks differ, and which would you pick?",
    context: "",
    requirements: [],
    constraints: [],
    examples: [],
    deliverable: "",
  },
  phases: [
    {
      key: "answer",
      title: "Answer",
      minutes: 10,
      instruction: "Answer the question and explain your reasoning.",
      lookFor: "Momentum, then adaptive steps",
    },
  ],
  stages: [],
  askedTerms: [],
  guide: {
    overview: "Plain SGD, then momentum, then Adam, then AdamW, which fixes how weight decay works.",
    whyAsked: "",
    referenceSteps: [],
    keyDecisions: [],
    keyPoints: ["SGD with momentum averages past gradients", "Adam adapts the step per parameter"],
    followUps: [],
    signals: [],
    redFlags: [],
    metrics: [],
    takeaway: "",
  },
};

const terms = (findings: LeakFinding[]) =>
  findings.flatMap((finding) => (finding.kind === "term" ? [finding.term] : []));

describe("the leak check", () => {
  it("finds tags that name the techniques the answer rests on", () => {
    const tagged = { ...base, tags: ["ml-fundamentals", "sgd", "momentum", "adam", "weight-decay"] };
    expect(terms(findLeaks(tagged))).toEqual(["sgd", "momentum", "adam", "weight", "decay"]);
    expect(findLeaks(tagged)[0]).toMatchObject({ kind: "term", term: "sgd", visibleIn: ["tags[1]"] });
  });

  it("lets the candidate see what the question itself asks about", () => {
    const asking = {
      ...base,
      tags: ["sgd", "adam"],
      brief: { ...base.brief, summary: "How does Adam differ from SGD?" },
    };
    expect(findLeaks(asking)).toEqual([]);
  });

  it("compares words by their stems, so another form of a word is the same term", () => {
    const tagged = { ...base, tags: ["caching"] };
    const answer = { ...base.guide, keyPoints: ["Cache stable prefixes"] };
    expect(terms(findLeaks({ ...tagged, guide: answer }))).toEqual(["caching"]);
  });

  it("finds a hyphenated phrase of common words in a requirement: point-in-time", () => {
    const featureStore = {
      ...base,
      roundType: "ml-infra-design" as const,
      brief: {
        ...base.brief,
        summary: "Design a feature store for ranking models.",
        requirements: ["Produce point-in-time correct training datasets."],
      },
      guide: { ...base.guide, keyPoints: ["Point-in-time joins keep labels from leaking into features"] },
    };
    expect(findLeaks(featureStore)).toMatchObject([
      { kind: "term", term: "point time", visibleIn: ["brief.requirements[0]"] },
    ]);
  });

  it("finds a phase instruction that names the answer: the shape of each cached tensor", () => {
    const decoder = {
      ...base,
      brief: { ...base.brief, summary: "Make this decoder generate faster." },
      phases: [
        { ...base.phases[0], instruction: "Implement the change, saying the shape of each cached tensor." },
      ],
      guide: { ...base.guide, keyPoints: ["Cache the keys and values of past positions"] },
    } as LeakCheckable;
    expect(terms(findLeaks(decoder))).toEqual(["cached"]);
  });

  it("finds a title or slug that names the technique, and a company in the title", () => {
    const retrieval = {
      ...base,
      slug: "contextual-retrieval-rag",
      title: "Design a permission-aware assistant (Anthropic)",
      company: "Anthropic",
      brief: { ...base.brief, summary: "Design an assistant that answers from company documents." },
      guide: {
        ...base.guide,
        keyPoints: ["Contextual chunks: prepend a summary to each chunk", "Permission-aware retrieval"],
      },
    };
    const findings = findLeaks(retrieval);
    expect(findings).toContainEqual({ kind: "company-in-title", company: "Anthropic" });
    expect(terms(findings)).toEqual(["permission aware", "contextual"]);
  });

  it("skips everyday words in running text and the generic words of interviews in tags", () => {
    const plain = {
      ...base,
      tags: ["evaluation", "latency", "trade-offs"],
      brief: { ...base.brief, requirements: ["Say what usually matters most."] },
      guide: { ...base.guide, overview: "What usually matters: evaluation, latency and trade-offs." },
    };
    expect(findLeaks(plain)).toEqual([]);
  });

  it("keeps a term the prompt lists in askedTerms, and reports an askedTerm nothing needs", () => {
    const asked = {
      ...base,
      tags: ["momentum"],
      askedTerms: [
        { term: "momentum", reason: "The question is about momentum." },
        { term: "nesterov", reason: "Stale." },
      ],
    };
    expect(findLeaks(asked)).toEqual([{ kind: "unused-asked-term", term: "nesterov" }]);
  });

  it("treats a specification round's requirements as the question, but still checks its tags", () => {
    const algorithm = {
      ...base,
      roundType: "coding" as const,
      tags: ["heap"],
      brief: {
        ...base.brief,
        summary: "Return the k most frequent words.",
        requirements: ["Break ties alphabetically."],
      },
      guide: { ...base.guide, keyPoints: ["Count, then keep a heap of size k; ties alphabetically"] },
    };
    expect(terms(findLeaks(algorithm))).toEqual(["heap"]);
  });

  it("checks stages, which the candidate sees once revealed", () => {
    const staged = {
      ...base,
      stages: [{ key: "level-2", title: "Level 2", summary: "Add Nesterov momentum.", requirements: [] }],
    };
    expect(findLeaks(staged)).toMatchObject([
      { kind: "term", term: "momentum", visibleIn: ["stages.level-2.summary"] },
    ]);
  });

  it("counts phase text shared with other prompts as the round's format, not this question's", () => {
    const phase = {
      ...base.phases[0],
      instruction: "Explain momentum and adaptive steps.",
    } as LeakCheckable["phases"][0];
    const own = { ...base, phases: [phase] };
    expect(terms(findLeaks(own))).toEqual(["momentum", "adaptive"]);
    const neutralTexts = neutralPhaseTexts([own, own], {});
    expect(findLeaks(own, { neutralTexts })).toEqual([]);
  });

  it("finds a field that copies a key point word for word", () => {
    const copying = {
      ...base,
      brief: { ...base.brief, summary: "Explain why Adam adapts the step per parameter." },
    };
    expect(findLeaks(copying)).toContainEqual(
      expect.objectContaining({ kind: "copied-key-point", field: "brief.summary" }),
    );
  });

  it("describes each finding in one readable line", () => {
    const [finding] = findLeaks({ ...base, tags: ["sgd"] });
    expect(finding && describeLeak(finding)).toBe(
      '"sgd" (tags[0]) is in the answer but not in the question\'s framing; guide.overview: Plain SGD, then momentum, then Adam, then AdamW, which fixes how weight decay works.',
    );
  });
});

describe("the built-in bank, read as a candidate", () => {
  it("shows no candidate anything of an answer", () => {
    const leaks = bankLeaks().flatMap(({ prompt, folder, findings }) =>
      findings.map((finding) => `${folder}/${prompt.slug}: ${describeLeak(finding)}`),
    );
    expect(leaks).toEqual([]);
  });
});
