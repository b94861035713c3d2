import "server-only";
import type { Capabilities } from "@mockboard/interview";
import type { BoardRole } from "@mockboard/protocol";

/**
 * The interview rules' board right as the board token's role. Null: this person may not
 * open the board at all. The token route and the room page both ask this.
 */
export function boardRoleFor(can: Capabilities): BoardRole | null {
  if (can.board === "edit") return "editor";
  if (can.board === "view") return "viewer";
  return null;
}
