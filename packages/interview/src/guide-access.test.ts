import { describe, expect, it } from "vitest";
import { mayReadPromptGuide } from "./guide-access";

describe("who reads a prompt's guide outside a session", () => {
  it("anyone may study the guide of a built-in prompt", () => {
    expect(mayReadPromptGuide({ builtIn: true, promptStaff: false, candidateOfOpenSession: false })).toBe(
      true,
    );
  });

  it("a candidate of a scheduled or live session on the prompt never reads its guide, even as staff", () => {
    expect(mayReadPromptGuide({ builtIn: true, promptStaff: false, candidateOfOpenSession: true })).toBe(
      false,
    );
    expect(mayReadPromptGuide({ builtIn: false, promptStaff: true, candidateOfOpenSession: true })).toBe(
      false,
    );
  });

  it("a cohort's own prompt shows its guide to the cohort's owners and coaches only", () => {
    expect(mayReadPromptGuide({ builtIn: false, promptStaff: true, candidateOfOpenSession: false })).toBe(
      true,
    );
    expect(mayReadPromptGuide({ builtIn: false, promptStaff: false, candidateOfOpenSession: false })).toBe(
      false,
    );
  });
});
