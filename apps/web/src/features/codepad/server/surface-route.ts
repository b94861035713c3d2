import "server-only";
import { chooseSurface, SessionId, SurfaceInput } from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { route } from "@/server/http/route";

/** The interviewer chooses board, code or both for everyone in the room (while the session is open). */
export const surfacePOST = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }), body: { schema: SurfaceInput } },
  async ({ user, params, body }) => NextResponse.json(await chooseSurface(db(), params.id, user.id, body)),
);
