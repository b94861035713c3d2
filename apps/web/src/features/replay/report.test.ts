import type { ReplayView } from "@mockboard/db";
import { describe, expect, it } from "vitest";
import { reportMarkdown } from "./report";

const rubric = {
  slug: "r",
  title: "Rubric",
  dimensions: [
    { key: "design", title: "Design", description: "", weight: 1, levels: [] },
    { key: "comms", title: "Communication", description: "", weight: 1, levels: [] },
  ],
};

function view(overrides: Partial<ReplayView>): ReplayView {
  return {
    access: { sessionId: "s1" } as ReplayView["access"],
    title: "Feature store <mock>",
    prompt: { title: "ML infra", brief: { summary: "Design a store", requirements: ["Fast"] } as never },
    people: [],
    durationMs: 1_800_000,
    phases: [{ phaseIndex: 0, title: "Clarify", plannedMs: 300_000, fromMs: 0, toMs: 420_000 }],
    timeline: [],
    surface: "board",
    notes: null,
    scorecard: null,
    feedback: null,
    ...overrides,
  };
}

describe("the session report in Markdown", () => {
  it("holds the scores per dimension with evidence linked to its moment, the recommendation and summary", () => {
    const markdown = reportMarkdown(
      view({
        feedback: {
          released: true,
          rubric,
          interviewer: {
            levels: { design: 3, comms: null },
            evidence: { design: [{ text: "Sharded by entity id", atMs: 754_000 }] },
            recommendation: "YES",
            summary: "Solid design.",
          },
          self: { levels: { design: 4 }, summary: "Went well" },
        },
      }),
      "http://app.test",
    );
    expect(markdown).toContain("### Design: 3");
    expect(markdown).toContain("### Communication: not observed");
    expect(markdown).toContain(
      "- Sharded by entity id ([12:34](http://app.test/sessions/s1/replay?t=12m34s))",
    );
    expect(markdown).toContain("**Recommendation:** Yes");
    expect(markdown).toContain("Solid design.");
    expect(markdown).toContain("| Clarify | 5:00 | 7:00 |");
    expect(markdown).toContain("- Design: 4 (strong)");
    expect(markdown).toContain("# Feature store &lt;mock&gt;");
  });

  it("has no scores section for a reader who may not see the scores", () => {
    const markdown = reportMarkdown(view({}), "http://app.test");
    expect(markdown).not.toContain("## Scores");
    expect(markdown).not.toContain("Recommendation");
  });
});
