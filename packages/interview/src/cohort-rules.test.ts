import { describe, expect, it } from "vitest";
import {
  COHORT_ACTIONS,
  COHORT_ROLES,
  type CohortAction,
  cohortCapabilitiesFor,
  cohortRolesThatMay,
  cohortSessionSeat,
  leaveRefusal,
  mayInCohort,
  memberChangeRefusal,
} from "./cohort-rules";

// What each cohort role may do: OWNER, COACH, MEMBER, then someone not in the cohort.
// Changing a cohort role's rights means changing cohort-rules.ts AND this table.
const TABLE = `
view-cohort               ✓ ✓ ✓ ✗
read-prompts              ✓ ✓ ✓ ✗
create-sessions           ✓ ✓ ✓ ✗
write-prompts             ✓ ✓ ✗ ✗
read-guides               ✓ ✓ ✗ ✗
observe-sessions          ✓ ✓ ✗ ✗
invite                    ✓ ✓ ✗ ✗
edit-settings             ✓ ✗ ✗ ✗
manage-members            ✓ ✗ ✗ ✗
run-rotation              ✓ ✓ ✗ ✗
read-everyones-progress   ✓ ✓ ✗ ✗
calibrate                 ✓ ✓ ✗ ✗
watch-shared-replays      ✓ ✓ ✓ ✗
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

  it("a plain member sees the cohort but neither writes prompts, reads cohort guides, watches sessions nor runs it", () => {
    expect(cohortCapabilitiesFor("MEMBER")).toEqual({
      view: true,
      writePrompts: false,
      observeSessions: false,
      readGuides: false,
      invite: false,
      editSettings: false,
      manageMembers: false,
      runRotation: false,
      readEveryonesProgress: false,
      calibrate: false,
    });
    expect(cohortCapabilitiesFor("COACH")).toMatchObject({
      writePrompts: true,
      observeSessions: true,
      readGuides: true,
      runRotation: true,
      manageMembers: false,
    });
    expect(Object.values(cohortCapabilitiesFor(null)).every((right) => right === false)).toBe(true);
  });
});

describe("membership changes", () => {
  it("lets anyone leave but the last owner", () => {
    expect(leaveRefusal("MEMBER", 1)).toBeNull();
    expect(leaveRefusal("COACH", 1)).toBeNull();
    expect(leaveRefusal("OWNER", 2)).toBeNull();
    expect(leaveRefusal("OWNER", 1)).toMatch(/last owner/);
  });

  it("lets only owners change roles and remove members, never their own, never the last owner", () => {
    const change = (overrides: Partial<Parameters<typeof memberChangeRefusal>[0]>) =>
      memberChangeRefusal({
        actorRole: "OWNER",
        actorIsTarget: false,
        targetRole: "MEMBER",
        newRole: "COACH",
        owners: 1,
        ...overrides,
      });
    expect(change({})).toBeNull();
    expect(change({ newRole: null })).toBeNull();
    expect(change({ actorRole: "COACH" })).toMatch(/Only the cohort's owners/);
    expect(change({ actorRole: "MEMBER", newRole: null })).toMatch(/Only the cohort's owners/);
    expect(change({ actorRole: null })).toMatch(/Only the cohort's owners/);
    expect(change({ actorIsTarget: true })).toMatch(/Leave cohort/);
    expect(change({ targetRole: "OWNER", newRole: "MEMBER", owners: 1 })).toMatch(/at least one owner/);
    expect(change({ targetRole: "OWNER", newRole: null, owners: 2 })).toBeNull();
  });

  it("takes a former member's seat in the cohort's sessions away, and leaves other sessions alone", () => {
    expect(cohortSessionSeat({ seat: "candidate", cohortSession: true, cohortRole: null })).toBe("none");
    expect(cohortSessionSeat({ seat: "interviewer", cohortSession: true, cohortRole: "MEMBER" })).toBe(
      "interviewer",
    );
    expect(cohortSessionSeat({ seat: "candidate", cohortSession: false, cohortRole: null })).toBe(
      "candidate",
    );
  });
});
