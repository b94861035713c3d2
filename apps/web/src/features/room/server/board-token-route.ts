import "server-only";
import { ForbiddenError, getSessionForParticipant, SessionId } from "@mockboard/db";
import { BoardRole, colorForUser, signBoardToken } from "@mockboard/protocol";
import { z } from "zod";
import { displayName, requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { boardRoleFor } from "./board-access";

const BoardTokenResponse = z.object({
  token: z.string(),
  role: BoardRole,
  docId: z.string(),
  collabUrl: z.string(),
});

/**
 * A short-lived board token for this person on this board with this role. The room page
 * mints one with the page, so the board's first connection does not wait for the route below.
 */
export function mintBoardToken(
  user: Parameters<typeof displayName>[0] & { id: string },
  boardDocId: string,
  role: BoardRole,
): Promise<string> {
  return signBoardToken(env().BOARD_TOKEN_SECRET, {
    sub: user.id,
    doc: boardDocId,
    role,
    name: displayName(user),
    color: colorForUser(user.id),
  });
}

/**
 * Mints a short-lived board token for someone in the session, with the board role the
 * interview rules give them (capabilitiesFor): participants edit while the session is
 * open, observers and everyone after it ended view.
 */
export const boardTokenPOST = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }) },
  async ({ user, params }) => {
    const { can, session } = await getSessionForParticipant(db(), params.id, user.id);
    const role = boardRoleFor(can);
    if (!role) throw new ForbiddenError("This board is closed");
    const token = await mintBoardToken(user, session.boardDocId, role);
    const { COLLAB_PUBLIC_URL } = env();
    return respond(
      BoardTokenResponse,
      { token, role, docId: session.boardDocId, collabUrl: COLLAB_PUBLIC_URL },
      { headers: { "cache-control": "no-store" } },
    );
  },
);
