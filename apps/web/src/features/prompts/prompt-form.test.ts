import { CustomPromptInput } from "@mockboard/prompt-bank";
import { describe, expect, it } from "vitest";
import { formToInput, inputToForm, type PromptFormFields } from "./prompt-form";

const fields: PromptFormFields = {
  title: "Design a rate limiter for our API",
  kind: "SYSTEM_DESIGN",
  roundType: "ml-infra-design",
  difficulty: "MEDIUM",
  rubric: "ml-system-design",
  tags: "Rate Limiting, distributed systems",
  summary: "Design a rate limiter for a public API.",
  context: "",
  requirements: "Per-key limits\n\nBurst handling",
  constraints: "Under 5 ms overhead",
  deliverable: "",
  overview: "Token bucket in a shared store.",
  keyPoints: "Token bucket\nSliding window trade-off",
  followUps: "What if Redis is down? | Fail open for reads, closed for writes",
  signals: "",
  redFlags: "Single global lock",
  metrics: "",
  phases: "Clarify | 5 | Pin limits\nDesign | 20 | Sketch the store\nDeep dive | 10",
};

describe("the prompt editor's form mapping", () => {
  it("turns text fields into input the schema accepts, totalling the phase minutes", () => {
    const parsed = CustomPromptInput.parse(formToInput(fields));
    expect(parsed.minutes).toBe(35);
    expect(parsed.tags).toEqual(["rate-limiting", "distributed-systems"]);
    expect(parsed.brief.requirements).toEqual(["Per-key limits", "Burst handling"]);
    expect(parsed.guide.followUps[0]).toEqual({
      question: "What if Redis is down?",
      goodAnswer: "Fail open for reads, closed for writes",
    });
    expect(parsed.phases.map((phase) => phase.key)).toEqual(["clarify", "design", "deep-dive"]);
  });

  it("round-trips a saved prompt back into the same fields", () => {
    const parsed = CustomPromptInput.parse(formToInput(fields));
    expect(CustomPromptInput.parse(formToInput(inputToForm(parsed)))).toEqual(parsed);
  });

  it("produces input the schema rejects when a phase has no minutes", () => {
    expect(
      CustomPromptInput.safeParse(formToInput({ ...fields, phases: "Clarify | soon | x" })).success,
    ).toBe(false);
  });
});
