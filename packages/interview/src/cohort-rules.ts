/** A person's role in a cohort (the database's CohortRole enum; a db test keeps them equal). */
export type CohortRole = "OWNER" | "COACH" | "MEMBER";

export const COHORT_ROLES: readonly CohortRole[] = ["OWNER", "COACH", "MEMBER"];

/** What a cohort lets its people do. */
export type CohortAction =
  /** The cohort page: members, schedule, the cohort's aggregate progress, its prompts. */
  | "view-cohort"
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
  | "watch-shared-replays"
  /** Make, rotate and turn off the cohort's invite link. */
  | "invite"
  /** Rename the cohort, set its time zone and the kinds and rounds it practises. */
  | "edit-settings"
  /** Change another member's role; remove a member. */
  | "manage-members"
  /** Generate, edit and publish rotation rounds. */
  | "run-rotation"
  /** Every member's progress detail (members read their own and the cohort's aggregate). */
  | "read-everyones-progress"
  /** Ask for blind calibration scoring; read agreement and interviewer leniency. */
  | "calibrate";

/**
 * The one rule for what a cohort role allows: each action lists the roles that may. A new
 * cohort role or action is a change here and a row in cohort-rules.test.ts.
 */
const COHORT_RULES: Record<CohortAction, readonly CohortRole[]> = {
  "view-cohort": ["OWNER", "COACH", "MEMBER"],
  "read-prompts": ["OWNER", "COACH", "MEMBER"],
  "create-sessions": ["OWNER", "COACH", "MEMBER"],
  "write-prompts": ["OWNER", "COACH"],
  "read-guides": ["OWNER", "COACH"],
  "observe-sessions": ["OWNER", "COACH"],
  "watch-shared-replays": ["OWNER", "COACH", "MEMBER"],
  invite: ["OWNER", "COACH"],
  "edit-settings": ["OWNER"],
  "manage-members": ["OWNER"],
  "run-rotation": ["OWNER", "COACH"],
  "read-everyones-progress": ["OWNER", "COACH"],
  calibrate: ["OWNER", "COACH"],
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
  view: boolean;
  writePrompts: boolean;
  observeSessions: boolean;
  readGuides: boolean;
  invite: boolean;
  editSettings: boolean;
  manageMembers: boolean;
  runRotation: boolean;
  readEveryonesProgress: boolean;
  calibrate: boolean;
}

export function cohortCapabilitiesFor(role: CohortRole | null): CohortCapabilities {
  return {
    view: mayInCohort(role, "view-cohort"),
    writePrompts: mayInCohort(role, "write-prompts"),
    observeSessions: mayInCohort(role, "observe-sessions"),
    readGuides: mayInCohort(role, "read-guides"),
    invite: mayInCohort(role, "invite"),
    editSettings: mayInCohort(role, "edit-settings"),
    manageMembers: mayInCohort(role, "manage-members"),
    runRotation: mayInCohort(role, "run-rotation"),
    readEveryonesProgress: mayInCohort(role, "read-everyones-progress"),
    calibrate: mayInCohort(role, "calibrate"),
  };
}

/** Why a membership change is refused, in words for the person who asked; null when allowed. */
export type MembershipRefusal = string | null;

/** Anyone may leave, except the last owner: a cohort always has someone who can run it. */
export function leaveRefusal(role: CohortRole, owners: number): MembershipRefusal {
  return role === "OWNER" && owners <= 1 ? "You are the last owner: make someone else an owner first" : null;
}

/**
 * An owner changes a member's role or removes them. Nobody changes or removes themselves
 * this way (leaving is its own action), and the last owner stays an owner.
 */
export function memberChangeRefusal(input: {
  actorRole: CohortRole | null;
  actorIsTarget: boolean;
  targetRole: CohortRole;
  /** The target's new role, or null to remove them. */
  newRole: CohortRole | null;
  owners: number;
}): MembershipRefusal {
  if (!mayInCohort(input.actorRole, "manage-members")) {
    return "Only the cohort's owners change roles and remove members";
  }
  if (input.actorIsTarget) return "Use “Leave cohort” to leave, or ask another owner to change your role";
  if (input.targetRole === "OWNER" && input.newRole !== "OWNER" && input.owners <= 1) {
    return "A cohort needs at least one owner";
  }
  return null;
}

/**
 * A session that belongs to a cohort is for the cohort's members: someone who left or was
 * removed has no part in it any more, whatever their seat, so removal ends their access
 * everywhere the session rules are asked (room, board, video, replay, observing).
 */
export function cohortSessionSeat<Seat extends string>(input: {
  seat: Seat | "none";
  cohortSession: boolean;
  cohortRole: CohortRole | null;
}): Seat | "none" {
  if (input.cohortSession && input.cohortRole === null) return "none";
  return input.seat;
}
