import "server-only";
import { applyTimerAction, SessionId, TimerAction } from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { route } from "@/server/http/route";

/** Pause, resume, next or previous phase, add time: the interviewer of a live session only. */
export const timerPOST = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }), body: { schema: TimerAction } },
  async ({ user, params, body }) => {
    await applyTimerAction(db(), params.id, user.id, body);
    return NextResponse.json({ ok: true });
  },
);
