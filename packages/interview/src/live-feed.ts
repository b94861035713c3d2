// Which pushes of a room's live feed a person hears. A push names only the kind of thing
// that changed, never its content, but even the kind tells: "scorecard" reaching a
// candidate before release says the interviewer has just submitted. So a person hears a
// kind only when they may read what it refers to.
import type { Capabilities } from "./capabilities";

export type LiveChangeKind =
  | "status"
  | "timer"
  | "participants"
  | "scorecard"
  | "self-assessment"
  | "stages"
  /** What the room shows (board, code or both): everyone in the room hears it. */
  | "surface"
  /** The feed was down and pushes may have been missed: refetch everything. */
  | "resync";

export function hearsLiveChange(can: Capabilities, kind: LiveChangeKind): boolean {
  if (kind === "scorecard") return can.scorecard !== "none";
  if (kind === "self-assessment") return can.selfAssessment !== "none";
  return true;
}
