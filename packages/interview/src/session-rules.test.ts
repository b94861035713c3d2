import { describe, expect, it } from "vitest";
import type { GuideAccessFacts } from "./guide-access";
import type { SessionRole } from "./session-enums";
import { type Decision, decide, SESSION_ACTIONS, type SessionAction } from "./session-rules";
import { SESSION_STAGES } from "./session-stage";

// The whole rule as a table: for each action and role, one mark per stage
// (scheduled, live, ended, released, cancelled). ✓ may, · not at this stage, ✗ never.
// Changing who may do what in a session means changing session-rules.ts AND this table.
const TABLE = `
read-brief             interviewer  ✓ ✓ ✓ ✓ ✓
read-brief             candidate    ✓ ✓ ✓ ✓ ✓
read-brief             observer     ✓ ✓ ✓ ✓ ✓
read-brief             guest        · · ✓ ✓ ·
read-guide             interviewer  ✓ ✓ ✓ ✓ ✓
read-guide             candidate    · · · ✓ ·
read-guide             observer     ✓ ✓ ✓ ✓ ✓
read-guide             guest        ✗ ✗ ✗ ✗ ✗
edit-board             interviewer  ✓ ✓ · · ·
edit-board             candidate    ✓ ✓ · · ·
edit-board             observer     ✗ ✗ ✗ ✗ ✗
edit-board             guest        ✗ ✗ ✗ ✗ ✗
view-board             interviewer  ✓ ✓ ✓ ✓ ✓
view-board             candidate    ✓ ✓ ✓ ✓ ✓
view-board             observer     ✓ ✓ ✓ ✓ ·
view-board             guest        · · ✓ ✓ ·
edit-code              interviewer  ✓ ✓ · · ·
edit-code              candidate    ✓ ✓ · · ·
edit-code              observer     ✗ ✗ ✗ ✗ ✗
edit-code              guest        ✗ ✗ ✗ ✗ ✗
run-code               interviewer  ✓ ✓ · · ·
run-code               candidate    ✓ ✓ · · ·
run-code               observer     ✗ ✗ ✗ ✗ ✗
run-code               guest        ✗ ✗ ✗ ✗ ✗
switch-surface         interviewer  ✓ ✓ · · ·
switch-surface         candidate    ✗ ✗ ✗ ✗ ✗
switch-surface         observer     ✗ ✗ ✗ ✗ ✗
switch-surface         guest        ✗ ✗ ✗ ✗ ✗
control-timer          interviewer  · ✓ · · ·
control-timer          candidate    ✗ ✗ ✗ ✗ ✗
control-timer          observer     ✗ ✗ ✗ ✗ ✗
control-timer          guest        ✗ ✗ ✗ ✗ ✗
view-timer             interviewer  ✓ ✓ ✓ ✓ ·
view-timer             candidate    ✓ ✓ ✓ ✓ ·
view-timer             observer     ✓ ✓ ✓ ✓ ·
view-timer             guest        ✗ ✗ ✗ ✗ ✗
write-notes            interviewer  · ✓ ✓ ✓ ·
write-notes            candidate    ✗ ✗ ✗ ✗ ✗
write-notes            observer     ✗ ✗ ✗ ✗ ✗
write-notes            guest        ✗ ✗ ✗ ✗ ✗
read-shared-notes      interviewer  ✗ ✗ ✗ ✗ ✗
read-shared-notes      candidate    ✗ ✗ ✗ ✗ ✗
read-shared-notes      observer     · ✓ ✓ ✓ ·
read-shared-notes      guest        ✗ ✗ ✗ ✗ ✗
write-scorecard        interviewer  · ✓ ✓ ✓ ·
write-scorecard        candidate    ✗ ✗ ✗ ✗ ✗
write-scorecard        observer     ✗ ✗ ✗ ✗ ✗
write-scorecard        guest        ✗ ✗ ✗ ✗ ✗
submit-scorecard       interviewer  · · ✓ ✓ ·
submit-scorecard       candidate    ✗ ✗ ✗ ✗ ✗
submit-scorecard       observer     ✗ ✗ ✗ ✗ ✗
submit-scorecard       guest        ✗ ✗ ✗ ✗ ✗
release-feedback       interviewer  · · ✓ ✓ ·
release-feedback       candidate    ✗ ✗ ✗ ✗ ✗
release-feedback       observer     ✗ ✗ ✗ ✗ ✗
release-feedback       guest        ✗ ✗ ✗ ✗ ✗
read-scores            interviewer  · ✓ ✓ ✓ ·
read-scores            candidate    · · · ✓ ·
read-scores            observer     · · ✓ ✓ ·
read-scores            guest        ✗ ✗ ✗ ✗ ✗
see-scorecard-status   interviewer  ✓ ✓ ✓ ✓ ✓
see-scorecard-status   candidate    ✗ ✗ ✗ ✗ ✗
see-scorecard-status   observer     ✓ ✓ ✓ ✓ ✓
see-scorecard-status   guest        ✗ ✗ ✗ ✗ ✗
write-self-assessment  interviewer  ✗ ✗ ✗ ✗ ✗
write-self-assessment  candidate    · · ✓ · ·
write-self-assessment  observer     ✗ ✗ ✗ ✗ ✗
write-self-assessment  guest        ✗ ✗ ✗ ✗ ✗
read-own-self-assessment interviewer  ✗ ✗ ✗ ✗ ✗
read-own-self-assessment candidate    · · ✓ ✓ ·
read-own-self-assessment observer     ✗ ✗ ✗ ✗ ✗
read-own-self-assessment guest        ✗ ✗ ✗ ✗ ✗
read-self-assessment   interviewer  · · ✓ ✓ ·
read-self-assessment   candidate    ✗ ✗ ✗ ✗ ✗
read-self-assessment   observer     ✗ ✗ ✗ ✗ ✗
read-self-assessment   guest        ✗ ✗ ✗ ✗ ✗
read-feedback          interviewer  · ✓ ✓ ✓ ·
read-feedback          candidate    · · ✓ ✓ ·
read-feedback          observer     · · ✓ ✓ ·
read-feedback          guest        ✗ ✗ ✗ ✗ ✗
read-staff-timeline    interviewer  ✓ ✓ ✓ ✓ ✓
read-staff-timeline    candidate    ✗ ✗ ✗ ✗ ✗
read-staff-timeline    observer     ✓ ✓ ✓ ✓ ✓
read-staff-timeline    guest        ✗ ✗ ✗ ✗ ✗
start-session          interviewer  ✓ · · · ·
start-session          candidate    ✗ ✗ ✗ ✗ ✗
start-session          observer     ✗ ✗ ✗ ✗ ✗
start-session          guest        ✗ ✗ ✗ ✗ ✗
end-session            interviewer  · ✓ · · ·
end-session            candidate    ✗ ✗ ✗ ✗ ✗
end-session            observer     ✗ ✗ ✗ ✗ ✗
end-session            guest        ✗ ✗ ✗ ✗ ✗
cancel-session         interviewer  ✓ · · · ·
cancel-session         candidate    ✗ ✗ ✗ ✗ ✗
cancel-session         observer     ✗ ✗ ✗ ✗ ✗
cancel-session         guest        ✗ ✗ ✗ ✗ ✗
manage-invite          interviewer  ✓ ✓ · · ·
manage-invite          candidate    ✗ ✗ ✗ ✗ ✗
manage-invite          observer     ✗ ✗ ✗ ✗ ✗
manage-invite          guest        ✗ ✗ ✗ ✗ ✗
remove-candidate       interviewer  ✓ ✓ · · ·
remove-candidate       candidate    ✗ ✗ ✗ ✗ ✗
remove-candidate       observer     ✗ ✗ ✗ ✗ ✗
remove-candidate       guest        ✗ ✗ ✗ ✗ ✗
reveal-stage           interviewer  · ✓ · · ·
reveal-stage           candidate    ✗ ✗ ✗ ✗ ✗
reveal-stage           observer     ✗ ✗ ✗ ✗ ✗
reveal-stage           guest        ✗ ✗ ✗ ✗ ✗
publish-video          interviewer  ✓ ✓ · · ·
publish-video          candidate    ✓ ✓ · · ·
publish-video          observer     ✗ ✗ ✗ ✗ ✗
publish-video          guest        ✗ ✗ ✗ ✗ ✗
join-video             interviewer  ✓ ✓ · · ·
join-video             candidate    ✓ ✓ · · ·
join-video             observer     · ✓ · · ·
join-video             guest        ✗ ✗ ✗ ✗ ✗
watch-replay           interviewer  · · ✓ ✓ ·
watch-replay           candidate    · · ✓ ✓ ·
watch-replay           observer     · · ✓ ✓ ·
watch-replay           guest        · · ✓ ✓ ·
share-replay           interviewer  · · ✓ ✓ ·
share-replay           candidate    · · ✓ ✓ ·
share-replay           observer     ✗ ✗ ✗ ✗ ✗
share-replay           guest        ✗ ✗ ✗ ✗ ✗
swap-roles             interviewer  · · ✓ ✓ ·
swap-roles             candidate    · · ✓ ✓ ·
swap-roles             observer     · · ✓ ✓ ·
swap-roles             guest        ✗ ✗ ✗ ✗ ✗
`;

const MARK: Record<string, Decision> = { "✓": "allowed", "·": "stage", "✗": "role" };
const PARTICIPANTS = ["interviewer", "candidate", "observer", "guest"] as const;
const rows = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [action, role, ...marks] = line.trim().split(/\s+/);
    return { action: action as SessionAction, role: role as SessionRole, marks };
  });

/** A prompt whose own policy lets this viewer read the guide: built-in, no interview of theirs on it. */
const readable: GuideAccessFacts = { builtIn: true, promptStaff: false, candidateOfOpenSession: false };

describe("the session rules, role by stage by action", () => {
  it("has one row for every action and role, with one mark per stage", () => {
    const expected = SESSION_ACTIONS.flatMap((action) => PARTICIPANTS.map((role) => `${action} ${role}`));
    expect(rows.map((row) => `${row.action} ${row.role}`).sort()).toEqual(expected.sort());
    for (const row of rows) expect(row.marks).toHaveLength(SESSION_STAGES.length);
  });

  for (const { action, role, marks } of rows) {
    it(`${role}: ${action} ${marks.join(" ")}`, () => {
      const decided = SESSION_STAGES.map((stage) => decide({ role, stage, promptGuide: readable }, action));
      expect(decided).toEqual(marks.map((mark) => MARK[mark]));
    });
  }

  it("someone with no part in the session may do nothing, in any stage", () => {
    for (const action of SESSION_ACTIONS)
      for (const stage of SESSION_STAGES)
        expect(decide({ role: "none", stage, promptGuide: readable }, action)).toBe("role");
  });
});

describe("the guide in a session also asks the prompt's own guide policy", () => {
  const policies: [string, GuideAccessFacts, boolean][] = [
    ["a built-in prompt", readable, true],
    [
      "a built-in prompt the viewer has an open interview on",
      { ...readable, candidateOfOpenSession: true },
      false,
    ],
    [
      "a cohort's prompt, read by its owner or coach",
      { builtIn: false, promptStaff: true, candidateOfOpenSession: false },
      true,
    ],
    [
      "a cohort's prompt, read by a plain member",
      { builtIn: false, promptStaff: false, candidateOfOpenSession: false },
      false,
    ],
    [
      "a cohort's prompt its coach has an open interview on",
      { builtIn: false, promptStaff: true, candidateOfOpenSession: true },
      false,
    ],
  ];
  for (const [what, promptGuide, policyAllows] of policies) {
    it(`${what}: the guide shows only where both the session and the prompt allow it`, () => {
      for (const role of PARTICIPANTS)
        for (const stage of SESSION_STAGES) {
          const sessionAllows = decide({ role, stage, promptGuide: readable }, "read-guide") === "allowed";
          const decision = decide({ role, stage, promptGuide }, "read-guide");
          expect([role, stage, decision === "allowed"]).toEqual([role, stage, sessionAllows && policyAllows]);
          if (sessionAllows && !policyAllows) expect(decision).toBe("prompt-guide");
        }
    });
  }

  it("the prompt's policy decides nothing but the guide", () => {
    const refused: GuideAccessFacts = { builtIn: false, promptStaff: false, candidateOfOpenSession: true };
    for (const action of SESSION_ACTIONS.filter((action) => action !== "read-guide"))
      for (const role of PARTICIPANTS)
        for (const stage of SESSION_STAGES)
          expect(decide({ role, stage, promptGuide: refused }, action)).toBe(
            decide({ role, stage, promptGuide: readable }, action),
          );
  });
});
