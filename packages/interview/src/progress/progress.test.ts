import { describe, expect, it } from "vitest";
import { levelDistribution, selfAssessmentGaps, weakestDimensions } from "./dimension-stats";
import { type ScoredPromptOption, suggestPrompts } from "./suggested-prompts";

describe("a member's progress", () => {
  it("ranks dimensions weakest first by mean level", () => {
    const result = weakestDimensions([
      { dimension: "design/scale", level: 2 },
      { dimension: "design/scale", level: 3 },
      { dimension: "design/tradeoffs", level: 1 },
      { dimension: "coding/tests", level: 4 },
    ]);
    expect(result.map(({ dimension, mean }) => [dimension, mean])).toEqual([
      ["design/tradeoffs", 1],
      ["design/scale", 2.5],
      ["coding/tests", 4],
    ]);
  });

  it("counts levels 1 to 4", () => {
    expect(levelDistribution([1, 4, 4, 2, 2, 2])).toEqual([1, 3, 0, 2]);
  });

  it("tells who rates themselves higher or lower than their interviewers, per dimension", () => {
    const gaps = selfAssessmentGaps([
      { dimension: "d/scale", self: 4, interviewer: 2 },
      { dimension: "d/scale", self: 3, interviewer: 2 },
      { dimension: "d/tests", self: 1, interviewer: 3 },
      { dimension: "d/plan", self: 3, interviewer: 3 },
      { dimension: "d/plan", self: null, interviewer: 1 },
    ]);
    expect(gaps).toEqual([
      { dimension: "d/tests", meanGap: -2, sessions: 1, reading: "under-rates" },
      { dimension: "d/scale", meanGap: 1.5, sessions: 2, reading: "over-rates" },
      { dimension: "d/plan", meanGap: 0, sessions: 1, reading: "close" },
    ]);
  });

  it("suggests three unmet prompts that practise the weakest dimensions, one per dimension first", () => {
    const option = (slug: string, rubric: string, dimensions: string[]): ScoredPromptOption => ({
      id: slug,
      slug,
      title: slug,
      kind: "SYSTEM_DESIGN",
      roundType: "ml-system-design",
      rubric,
      dimensions,
    });
    const suggestions = suggestPrompts({
      memberId: "sam",
      weakest: ["design/tradeoffs", "coding/tests"],
      options: [
        option("met-already", "design", ["tradeoffs"]),
        option("feed", "design", ["tradeoffs", "scale"]),
        option("ads", "design", ["tradeoffs"]),
        option("lru", "coding", ["tests"]),
        option("unrelated", "behavioral", ["story"]),
      ],
      focus: { kinds: [], rounds: [] },
      record: { asked: new Set(["met-already"]), interviewed: new Set(), practised: new Map() },
      cohortUse: new Map(),
    });
    expect(suggestions.map(({ prompt, dimension }) => [dimension, prompt.slug])).toEqual([
      ["design/tradeoffs", expect.stringMatching(/^(feed|ads)$/)],
      ["coding/tests", "lru"],
      ["design/tradeoffs", expect.stringMatching(/^(feed|ads)$/)],
    ]);
  });
});
