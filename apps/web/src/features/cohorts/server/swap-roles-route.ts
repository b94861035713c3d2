import "server-only";
import { SessionId, swapRoles } from "@mockboard/db";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";

/** "Swap roles" on a finished session: the same two, seats reversed, scheduled. */
export const swapRolesPOST = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }), body: { schema: z.object({}) } },
  async ({ user, params }) =>
    respond(z.object({ sessionId: z.string() }), await swapRoles(db(), params.id, user.id), { status: 201 }),
);
