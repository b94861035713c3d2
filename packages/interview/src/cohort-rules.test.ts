import { describe, expect, it } from "vitest";
import {
  COHORT_ACTIONS,
  COHORT_ROLES,
  type CohortAction,
  cohortCapabilitiesFor,
  cohortRolesThatMay,
  mayInCohort,
} from "./cohort-rules";

// What each cohort role may do: OWNER, COACH, MEMBER, then someone not in the cohort.
// Changing a cohort role's rights means changing cohort-rules.ts AND this table.
const TABLE = `
read-prompts      ✓ ✓ ✓ ✗
create-sessions   ✓ ✓ ✓ ✗
write-prompts     ✓ ✓ ✗ ✗
read-guides       ✓ ✓ ✗ ✗
observe-sessions  ✓ ✓ ✗ ✗
watch-shared-replays ✓ ✓ ✓ ✗
`;

const rows = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [action, ...marks] = line.trim().split(/\s+/);
    return { action: action as CohortAction, allowed: marks.map((mark) => mark === "✓") };
  });

describe("the cohort rules, role by action", () => {
  it("has one row for every action, with a mark for each role and for an outsider", () => {
    expect(rows.map((row) => row.action).sort()).toEqual([...COHORT_ACTIONS].sort());
    for (const row of rows) expect(row.allowed).toHaveLength(COHORT_ROLES.length + 1);
  });

  for (const { action, allowed } of rows) {
    it(`${action}: ${allowed.map((yes) => (yes ? "✓" : "✗")).join(" ")}`, () => {
      expect([...COHORT_ROLES, null].map((role) => mayInCohort(role, action))).toEqual(allowed);
      expect(cohortRolesThatMay(action)).toEqual(COHORT_ROLES.filter((_, index) => allowed[index]));
    });
  }

  it("a plain member neither writes prompts, reads cohort guides nor watches sessions", () => {
    expect(cohortCapabilitiesFor("MEMBER")).toEqual({
      writePrompts: false,
      observeSessions: false,
      readGuides: false,
    });
    expect(cohortCapabilitiesFor("COACH")).toEqual({
      writePrompts: true,
      observeSessions: true,
      readGuides: true,
    });
  });
});
