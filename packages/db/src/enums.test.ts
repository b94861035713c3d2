import { COHORT_ROLES, SessionStatus as SessionStatusSchema } from "@mockboard/interview";
import { Difficulty as DifficultySchema, PromptKind as PromptKindSchema } from "@mockboard/prompt-bank";
import { CohortRole, Difficulty, PromptKind, SessionStatus } from "@prisma/client";
import { describe, expect, it } from "vitest";

// The rules and the prompt bank name these values without importing Prisma; the schema is
// where they are stored. A value added on one side only fails here, not at run time.
describe("the database's enums and the names the rules and the bank use", () => {
  it("the cohort roles are the ones the cohort rules decide for", () => {
    expect(Object.values(CohortRole).sort()).toEqual([...COHORT_ROLES].sort());
  });

  it("the session statuses are the ones the session rules stage", () => {
    expect(Object.values(SessionStatus).sort()).toEqual([...SessionStatusSchema.options].sort());
  });

  it("the prompt kinds are the ones the bank's schema accepts", () => {
    expect(Object.values(PromptKind).sort()).toEqual([...PromptKindSchema.options].sort());
  });

  it("the difficulties are the ones the bank's schema accepts", () => {
    expect(Object.values(Difficulty).sort()).toEqual([...DifficultySchema.options].sort());
  });
});
