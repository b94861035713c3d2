import { describe, expect, it } from "vitest";
import { prompts, rubrics } from "./bank";

// Every prompt is scored by a rubric written for its round, and every level of every rubric
// tells the interviewer what to look for: something the candidate does or says.

const rubric = (slug: string) => {
  const found = rubrics.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no rubric ${slug}`);
  return found;
};
const tagged = (tag: string) => prompts.filter((prompt) => prompt.tags.includes(tag));
const levels = rubrics.flatMap((r) =>
  r.dimensions.flatMap((dimension) =>
    dimension.levels.map((text, index) => ({ where: `${r.slug}/${dimension.key}/${index + 1}`, text })),
  ),
);

/** Shortest level descriptor that can still name a behaviour and its context. */
const MIN_WORDS = 8;
/** Phrases that judge without saying what was observed. */
const VAGUE = [
  /\b(good|solid|strong|deep|basic|limited|poor|weak|excellent) (understanding|grasp|knowledge|command)\b/i,
  /\b(excellent|adequate|adequately|satisfactory|sufficient|outstanding|exceptional)\b/i,
  /\bwell[- ]done\b/i,
];

/** Short design questions among the concept prompts: the brief asks for a system, policy, loop or plan. */
const DESIGN_QUESTIONS = [
  "production-rag-system-design",
  "multi-endpoint-vlm-serving-autoscaling-cold-start",
  "evaluation-of-evaluation-meta-eval-loop",
  "rule-based-to-llm-agent-rollout",
  "hazard-warning-latency-budget-sub-500ms",
  "network-spof-safety-warning-availability",
];

/** Agent and RAG application designs whose model is a given: the design is around it, not its training. */
const AI_APPLICATIONS = [
  "ai-agent-evaluation-system",
  "rag-retrieval-over-long-documents",
  "open-ended-research-agent",
  "long-running-coding-agent",
  "always-on-personal-ai-agent",
];

describe("the rubric for each round", () => {
  it("scores every multi-level OOP prompt with the object-design rubric", () => {
    const oop = tagged("oop-multi-level");
    expect(oop).toHaveLength(10);
    for (const prompt of oop) expect(prompt.rubric, prompt.slug).toBe("object-design");
    expect(rubric("object-design").dimensions.map((dimension) => dimension.key)).toEqual(
      expect.arrayContaining([
        "levels-reached",
        "class-and-interface-design",
        "invariants-and-edge-cases",
        "extensibility",
        "tests",
        "concurrency",
      ]),
    );
  });

  it("gives every infra-design prompt a rubric with one dimension per phase, in phase order", () => {
    const infra = tagged("infra-design");
    expect(infra).toHaveLength(4);
    for (const prompt of infra) {
      expect(prompt.rubric, prompt.slug).not.toBe("ml-system-design");
      expect(
        rubric(prompt.rubric).dimensions.map((dimension) => dimension.key),
        `${prompt.slug} -> ${prompt.rubric}`,
      ).toEqual(prompt.phases.map((phase) => phase.key));
    }
  });

  it("scores the design-style concept questions with the short design rubric", () => {
    for (const slug of DESIGN_QUESTIONS) {
      const prompt = prompts.find((candidate) => candidate.slug === slug);
      expect(prompt?.kind, slug).toBe("CONCEPT");
      expect(prompt?.rubric, slug).toBe("design-question");
    }
  });

  it("scores agent and RAG applications built on a given model with the AI application design rubric, not the ML one", () => {
    for (const slug of AI_APPLICATIONS)
      expect(prompts.find((prompt) => prompt.slug === slug)?.rubric, slug).toBe("ai-application-design");
    expect(rubric("ai-application-design").dimensions.map((dimension) => dimension.key)).toEqual([
      "problem-framing",
      "retrieval-and-context",
      "tools-and-control-flow",
      "evaluation",
      "reliability-and-safety",
      "cost-and-latency",
    ]);
  });

  it("uses every rubric for at least one prompt", () => {
    const used = new Set(prompts.map((prompt) => prompt.rubric));
    expect(rubrics.map((r) => r.slug).filter((slug) => !used.has(slug))).toEqual([]);
  });
});

describe("a rubric level descriptor", () => {
  it(`says what was observed in at least ${MIN_WORDS} words, not a bare adjective`, () => {
    const short = levels.filter(({ text }) => text.split(/\s+/).length < MIN_WORDS);
    expect(short.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it("avoids judging phrases such as 'good understanding' or 'adequate'", () => {
    const vague = levels.filter(({ text }) => VAGUE.some((pattern) => pattern.test(text)));
    expect(vague.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it("is written for its own dimension: no level text appears twice in the bank", () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const { where, text } of levels) {
      const normal = text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim();
      const first = seen.get(normal);
      if (first) repeated.push(`${where} repeats ${first}`);
      else seen.set(normal, where);
    }
    expect(repeated).toEqual([]);
  });
});
