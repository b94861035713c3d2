import { getSessionForParticipant, NotFoundError } from "@mockboard/db";
import { colorForUser, signBoardToken } from "@mockboard/protocol";
import { NextResponse } from "next/server";
import { requireApiUser } from "@/server/auth/session";
import { collabEnv } from "@/server/collab-env";
import { db } from "@/server/db";
import { HttpError, route } from "@/server/http";

/**
 * Mints a short-lived board token for a participant. Interviewer and candidate edit
 * while the session is open; cohort observers, and everyone once it has ended, view.
 */
export const POST = route(async (_request, context: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const { id } = await context.params;
  try {
    const { role, session } = await getSessionForParticipant(db(), id.slice(0, 64), user.id);
    const open = session.status === "SCHEDULED" || session.status === "LIVE";
    const boardRole = role !== "observer" && open ? "editor" : "viewer";
    const env = collabEnv();
    const token = await signBoardToken(env.BOARD_TOKEN_SECRET, {
      sub: user.id,
      doc: session.boardDocId,
      role: boardRole,
      name: user.name ?? user.email ?? "Guest",
      color: colorForUser(user.id),
    });
    return NextResponse.json(
      { token, role: boardRole, docId: session.boardDocId, collabUrl: env.COLLAB_PUBLIC_URL },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    if (error instanceof NotFoundError) throw new HttpError(404, error.message);
    throw error;
  }
});
