import "server-only";
import {
  CohortId,
  CohortSettings,
  changeMemberRole,
  createCohort,
  leaveCohort,
  MemberId,
  removeMember,
  revokeCohortInvite,
  rotateCohortInvite,
  updateCohortSettings,
} from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";

const Created = z.object({ id: z.string() });

/** Anyone signed in creates a cohort and becomes its owner. */
export const createCohortPOST = route(
  { authenticate: requireApiUser, body: { schema: CohortSettings } },
  async ({ user, body }) => respond(Created, await createCohort(db(), user.id, body), { status: 201 }),
);

/** An owner changes the cohort's name, description, zone, kinds and rounds. */
export const updateCohortPATCH = route(
  { authenticate: requireApiUser, params: z.object({ id: CohortId }), body: { schema: CohortSettings } },
  async ({ user, params, body }) => {
    await updateCohortSettings(db(), params.id, user.id, body);
    return new NextResponse(null, { status: 204 });
  },
);

/** An owner or coach makes a new invite link (the old one dies) or turns it off. */
export const cohortInvitePOST = route(
  {
    authenticate: requireApiUser,
    params: z.object({ id: CohortId }),
    body: { schema: z.object({ action: z.enum(["rotate", "revoke"]) }) },
  },
  async ({ user, params, body }) => {
    await (body.action === "rotate" ? rotateCohortInvite : revokeCohortInvite)(db(), params.id, user.id);
    return NextResponse.json({ ok: true });
  },
);

const MemberParams = z.object({ id: CohortId, userId: MemberId });

/** An owner gives a member another role. */
export const memberPATCH = route(
  {
    authenticate: requireApiUser,
    params: MemberParams,
    body: { schema: z.object({ role: z.enum(["OWNER", "COACH", "MEMBER"]) }) },
  },
  async ({ user, params, body }) => {
    await changeMemberRole(db(), params.id, user.id, params.userId, body.role);
    return new NextResponse(null, { status: 204 });
  },
);

/** An owner removes a member: their access ends at once. */
export const memberDELETE = route(
  { authenticate: requireApiUser, params: MemberParams },
  async ({ user, params }) => {
    await removeMember(db(), params.id, user.id, params.userId);
    return new NextResponse(null, { status: 204 });
  },
);

/** The caller leaves the cohort (the last owner cannot). */
export const leaveCohortPOST = route(
  { authenticate: requireApiUser, params: z.object({ id: CohortId }), body: { schema: z.object({}) } },
  async ({ user, params }) => {
    await leaveCohort(db(), params.id, user.id);
    return new NextResponse(null, { status: 204 });
  },
);
