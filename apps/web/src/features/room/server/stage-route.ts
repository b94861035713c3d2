import "server-only";
import { RevealStageInput, revealStage, SessionId } from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { route } from "@/server/http/route";

/** Show the candidate the prompt's next staged part: the interviewer of a live session only. */
export const revealStagePOST = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }), body: { schema: RevealStageInput } },
  async ({ user, params, body }) => NextResponse.json(await revealStage(db(), params.id, user.id, body)),
);
