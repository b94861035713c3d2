import "server-only";
import {
  acceptInvite,
  ConflictError,
  ForbiddenError,
  InviteCode,
  NotFoundError,
  removeCandidate,
  revokeInvite,
  rotateInvite,
  SessionId,
} from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { syncVideoRoom } from "@/features/video";
import { db } from "@/server/db";
import { route } from "@/server/http/route";

const seeOther = (location: string) => new NextResponse(null, { status: 303, headers: { location } });

/**
 * The Join button: makes the caller the session's candidate (and opens the room) or a
 * member of the cohort (and opens it). A refusal sends the browser back to the invite
 * page, which explains it.
 */
export const acceptInvitePOST = route(
  {
    authenticate: requireApiUser,
    params: z.object({ code: InviteCode }),
    body: { schema: z.object({}), accepts: ["form", "json"] },
  },
  async ({ user, params }) => {
    try {
      const target = await acceptInvite(db(), params.code, user.id);
      return seeOther(
        target.kind === "session" ? `/sessions/${target.sessionId}` : `/cohorts/${target.cohortId}`,
      );
    } catch (error) {
      if (
        error instanceof NotFoundError ||
        error instanceof ForbiddenError ||
        error instanceof ConflictError
      ) {
        return seeOther(`/join/${params.code}`);
      }
      throw error;
    }
  },
);

const InviteAction = z.object({ action: z.enum(["rotate", "revoke"]) });

/** The interviewer makes a new link (the old one dies) or turns the link off. */
export const inviteActionPOST = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }), body: { schema: InviteAction } },
  async ({ user, params, body }) => {
    await (body.action === "rotate" ? rotateInvite : revokeInvite)(db(), params.id, user.id);
    return NextResponse.json({ ok: true });
  },
);

/** The interviewer removes the candidate: their board and call close and their link stops working. */
export const candidateDELETE = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }) },
  async ({ user, params }) => {
    await removeCandidate(db(), params.id, user.id);
    // The call moved to a new room; the old one, and the removed candidate's tokens for it, close now.
    await syncVideoRoom(params.id);
    return new NextResponse(null, { status: 204 });
  },
);
