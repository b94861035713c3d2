import "server-only";
import { getReplaySharing, revokeReplayShare, SessionId, shareReplay } from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { ReplaySharingDto } from "../replay-contract";

/** User ids are Prisma cuids. */
const UserId = z.string().regex(/^[a-z0-9]{20,40}$/, "not a user id");
const Params = z.object({ id: SessionId });
const noStore = { headers: { "cache-control": "no-store" } };

export const replaySharesGET = route(
  { authenticate: requireApiUser, params: Params },
  async ({ user, params }) =>
    respond(ReplaySharingDto, await getReplaySharing(db(), params.id, user.id), noStore),
);

export const replaySharesPOST = route(
  { authenticate: requireApiUser, params: Params, body: { schema: z.object({ userId: UserId }) } },
  async ({ user, params, body }) => {
    await shareReplay(db(), params.id, user.id, body.userId);
    return respond(ReplaySharingDto, await getReplaySharing(db(), params.id, user.id), noStore);
  },
);

export const replayShareDELETE = route(
  { authenticate: requireApiUser, params: Params.extend({ userId: UserId }) },
  async ({ user, params }) => {
    await revokeReplayShare(db(), params.id, user.id, params.userId);
    return new NextResponse(null, { status: 204 });
  },
);
