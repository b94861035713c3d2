/** A person's role in a cohort (the database's CohortRole enum; a db test keeps them equal). */
export type CohortRole = "OWNER" | "COACH" | "MEMBER";

export const COHORT_ROLES: readonly CohortRole[] = ["OWNER", "COACH", "MEMBER"];

/** What a cohort lets its people do. */
export type CohortAction =
  /** See the cohort's own prompts in the catalogue (their briefs). */
  | "read-prompts"
  /** Start sessions that belong to the cohort. */
  | "create-sessions"
  /** Write and edit the cohort's own prompts. */
  | "write-prompts"
  /** Read the guides of the cohort's own prompts. */
  | "read-guides"
  /** Watch the cohort's sessions as an observer (see session-rules.ts for what observers may do). */
  | "observe-sessions"
  /** Watch the replay of a cohort session a participant shared with them (a guest). */
  | "watch-shared-replays";

/**
 * The one rule for what a cohort role allows: each action lists the roles that may. A new
 * cohort role or action is a change here and a row in cohort-rules.test.ts.
 */
const COHORT_RULES: Record<CohortAction, readonly CohortRole[]> = {
  "read-prompts": ["OWNER", "COACH", "MEMBER"],
  "create-sessions": ["OWNER", "COACH", "MEMBER"],
  "write-prompts": ["OWNER", "COACH"],
  "read-guides": ["OWNER", "COACH"],
  "observe-sessions": ["OWNER", "COACH"],
  "watch-shared-replays": ["OWNER", "COACH", "MEMBER"],
};

export const COHORT_ACTIONS = Object.keys(COHORT_RULES) as CohortAction[];

/** Whether someone with this role in a cohort (null: not in it) may do this there. */
export function mayInCohort(role: CohortRole | null, action: CohortAction): boolean {
  return role !== null && COHORT_RULES[action].includes(role);
}

/** The roles that may do this, for queries that filter by role in the database. */
export function cohortRolesThatMay(action: CohortAction): readonly CohortRole[] {
  return COHORT_RULES[action];
}

/** What a cohort role allows, for pages that choose what to show from it. */
export interface CohortCapabilities {
  writePrompts: boolean;
  observeSessions: boolean;
  readGuides: boolean;
}

export function cohortCapabilitiesFor(role: CohortRole | null): CohortCapabilities {
  return {
    writePrompts: mayInCohort(role, "write-prompts"),
    observeSessions: mayInCohort(role, "observe-sessions"),
    readGuides: mayInCohort(role, "read-guides"),
  };
}
