import { describe, expect, it } from "vitest";
import { prompts, rubrics } from "./bank";
import { PromptDefinition, RoundType, RubricTemplateDefinition } from "./schema";

const fromSeed = (seed: string) => prompts.filter((prompt) => prompt.source?.seed === seed);
const tagged = (tag: string) => prompts.filter((prompt) => prompt.tags.includes(tag));
/** The classic distributed-systems questions most engineers practise (issue 24). */
const CLASSIC_DESIGNS = [
  "url-shortener",
  "rate-limiter",
  "social-news-feed",
  "chat-messaging-service",
  "notification-system",
  "distributed-key-value-store",
  "search-typeahead",
  "web-crawler",
  "distributed-cache",
  "file-storage-and-sync",
  "video-streaming-platform",
  "ride-hailing-service",
  "ticket-booking-system",
  "payment-system",
  "metrics-monitoring-system",
  "post-search",
  "game-leaderboard",
  "distributed-job-scheduler",
  "nearby-places-service",
  "collaborative-document-editor",
  "distributed-message-queue",
];

/** Rounds whose prompts the bank wrote itself rather than from the seeds: common interview problems. */
const WRITTEN_FROM_SCRATCH: string[] = ["system-design", "coding"];

describe("the prompt bank", () => {
  it("has prompts for every round, so no round's practice link opens an empty list", () => {
    const rounds = new Set(prompts.map((prompt) => prompt.roundType));
    expect(RoundType.options.filter((round) => !rounds.has(round))).toEqual([]);
  });

  it("practises the algorithms round across its common patterns, on the algorithms rubric", () => {
    const algorithms = prompts.filter((prompt) => prompt.roundType === "coding");
    expect(algorithms.length).toBeGreaterThanOrEqual(12);
    for (const prompt of algorithms) {
      expect(prompt.rubric, prompt.slug).toBe("algorithms");
      expect(prompt.brief.examples.length, prompt.slug).toBeGreaterThanOrEqual(1);
      expect(prompt.brief.constraints.length, prompt.slug).toBeGreaterThanOrEqual(1);
      expect(prompt.guide.hintLadder, prompt.slug).toBeDefined();
      expect(prompt.guide.levelExpectations, prompt.slug).toBeDefined();
      expect(prompt.guide.followUps.length, prompt.slug).toBeGreaterThanOrEqual(4);
    }
  });

  it("holds prompts that each pass the schema", () => {
    for (const prompt of prompts) expect(() => PromptDefinition.parse(prompt), prompt.slug).not.toThrow();
    for (const rubric of rubrics)
      expect(() => RubricTemplateDefinition.parse(rubric), rubric.slug).not.toThrow();
  });

  it("gives every prompt a unique slug and every rubric a unique slug", () => {
    expect(new Set(prompts.map((prompt) => prompt.slug)).size).toBe(prompts.length);
    expect(new Set(rubrics.map((rubric) => rubric.slug)).size).toBe(rubrics.length);
  });

  it("points every prompt at an existing rubric template", () => {
    const known = new Set(rubrics.map((rubric) => rubric.slug));
    for (const prompt of prompts)
      expect(known.has(prompt.rubric), `${prompt.slug} -> ${prompt.rubric}`).toBe(true);
  });

  it("has the rubric templates the rounds need, each level described 1 to 4", () => {
    expect(rubrics.map((rubric) => rubric.slug).sort()).toEqual(
      [
        "ai-assisted-coding",
        "ai-application-design",
        "algorithms",
        "ai-system-design",
        "behavioral",
        "case-walkthrough",
        "coding",
        "concept-question",
        "design-question",
        "distributed-system-design",
        "framework-deep-dive",
        "ml-infra-ads-ranking-system",
        "ml-infra-distributed-training",
        "ml-infra-feature-store",
        "ml-infra-training-data-generation",
        "llm-coding",
        "ml-coding",
        "ml-fundamentals",
        "ml-model-design",
        "ml-system-design",
        "object-design",
        "project-deep-dive",
        "research-presentation",
        "take-home-review",
      ].sort(),
    );
    const keys = (slug: string) =>
      rubrics.find((rubric) => rubric.slug === slug)?.dimensions.map((d) => d.key);
    expect(keys("ml-system-design")).toHaveLength(9);
    expect(keys("case-walkthrough")).toHaveLength(6);
    expect(keys("coding")).toEqual(["restate", "approach", "code", "test", "discuss"]);
    expect(keys("behavioral")).toEqual(expect.arrayContaining(["situation", "action", "impact", "learning"]));
  });

  it("names the seed and place every built-in prompt comes from, except the classic designs and algorithms written from scratch", () => {
    for (const prompt of prompts) {
      if (WRITTEN_FROM_SCRATCH.includes(prompt.roundType)) expect(prompt.source, prompt.slug).toBeUndefined();
      else expect(prompt.source, prompt.slug).toBeDefined();
    }
  });

  it("covers the classic system design questions on their own phases and rubric", () => {
    const classic = prompts.filter((prompt) => prompt.roundType === "system-design");
    expect(classic.length).toBeGreaterThanOrEqual(CLASSIC_DESIGNS.length);
    expect(CLASSIC_DESIGNS.filter((slug) => !classic.some((prompt) => prompt.slug === slug))).toEqual([]);
    for (const prompt of classic) {
      expect(prompt.kind, prompt.slug).toBe("SYSTEM_DESIGN");
      expect(prompt.rubric, prompt.slug).toBe("distributed-system-design");
      expect(
        prompt.phases.map((phase) => phase.key),
        prompt.slug,
      ).toEqual(["requirements", "api-and-data-model", "high-level-design", "deep-dives", "wrap-up"]);
    }
  });

  it("starts every multi-level OOP prompt with level 1 and keeps levels 2 to 4 as parts revealed one by one", () => {
    const oop = tagged("oop-multi-level");
    expect(oop).toHaveLength(10);
    for (const prompt of oop) {
      expect(
        prompt.stages.map((stage) => stage.key),
        prompt.slug,
      ).toEqual(["level-2", "level-3", "level-4"]);
      const brief = JSON.stringify(prompt.brief);
      expect(brief, prompt.slug).toContain("Level 1");
      expect(brief, prompt.slug).not.toMatch(/Level [234]\b/);
    }
  });

  it("covers all 10 ML systems of the system design guide with the 7-step phases", () => {
    const systems = fromSeed("000_cfee5a25a5ad6b79");
    expect(systems).toHaveLength(10);
    for (const prompt of systems) {
      expect(prompt.kind).toBe("SYSTEM_DESIGN");
      expect(prompt.phases).toHaveLength(7);
    }
  });

  it("covers all 42 evaluation questions, the 3 CASE ones as 6-stage walkthroughs", () => {
    const questions = fromSeed("001_a680b2ce5531a892");
    expect(questions).toHaveLength(42);
    const cases = questions.filter((prompt) => prompt.kind === "CASE");
    expect(cases.map((prompt) => prompt.source?.ref).sort()).toEqual(["Q33", "Q35", "Q39"]);
    for (const prompt of cases) {
      expect(prompt.rubric).toBe("case-walkthrough");
      expect(prompt.phases).toHaveLength(6);
    }
  });

  it("covers all 10 LLM questions with why-asked, mistakes, follow-ups and takeaway", () => {
    const questions = fromSeed("002_fabfef5979dcd334");
    expect(questions).toHaveLength(10);
    for (const prompt of questions) {
      expect(prompt.guide.whyAsked).not.toBe("");
      expect(prompt.guide.redFlags.length).toBeGreaterThan(0);
      expect(prompt.guide.followUps.length).toBeGreaterThan(0);
      expect(prompt.guide.takeaway).not.toBe("");
    }
  });

  it("covers the MLE interview 2.0 families, infra designs, OOP systems and all 79 behavioural questions", () => {
    const families = prompts.flatMap((prompt) => prompt.tags.filter((tag) => tag.startsWith("family-")));
    expect(new Set(families).size).toBe(families.length);
    expect(families.filter((tag) => tag.startsWith("family-feed-"))).toHaveLength(3);
    expect(families.filter((tag) => tag.startsWith("family-search-"))).toHaveLength(8);
    expect(families).toEqual(
      expect.arrayContaining([
        "family-trust-safety",
        "family-user-understanding",
        "family-content-understanding",
        "family-query-understanding",
      ]),
    );
    expect(tagged("infra-design")).toHaveLength(4);
    expect(tagged("oop-multi-level")).toHaveLength(10);
    const behavioural = fromSeed("003_9a4b8795634bde49").filter((prompt) => prompt.kind === "BEHAVIORAL");
    expect(behavioural).toHaveLength(79);
    for (const prompt of behavioural) expect(prompt.signal).toBeTruthy();
  });

  it("makes prompts of the AI engineer round types with live-coding timeboxes", () => {
    const seed004 = fromSeed("004_8c9f95bab91d7fff");
    expect(new Set(seed004.map((prompt) => prompt.roundType))).toEqual(
      new Set(["take-home-review", "live-coding", "ai-system-design", "framework-deep-dive"]),
    );
    for (const prompt of seed004.filter((p) => p.roundType === "live-coding")) {
      expect(prompt.phases.map((phase) => phase.minutes)).toEqual([2, 5, 25, 5]);
    }
  });

  it("keeps every phase plan adding up to the prompt's length", () => {
    for (const prompt of prompts) {
      expect(
        prompt.phases.reduce((sum, phase) => sum + phase.minutes, 0),
        prompt.slug,
      ).toBe(prompt.minutes);
    }
  });
});

describe("a prompt definition", () => {
  const base = prompts[0];
  it("is refused when its phases do not add up to its length", () => {
    const broken = { ...base, minutes: (base?.minutes ?? 0) + 5 };
    expect(PromptDefinition.safeParse(broken).success).toBe(false);
  });
  it("is refused with a slug that is not kebab-case", () => {
    expect(PromptDefinition.safeParse({ ...base, slug: "Not A Slug" }).success).toBe(false);
  });
});
