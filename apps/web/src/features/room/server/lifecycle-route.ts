import "server-only";
import { cancelSession, endSession, SessionId, startSession } from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { syncVideoRoom } from "@/features/video";
import { db } from "@/server/db";
import { route } from "@/server/http/route";

const LifecycleAction = z.object({ action: z.enum(["start", "end", "cancel"]) });

/** Start, end or cancel the session (the interviewer only; wrong state is a 409); ending or cancelling closes the call. */
export const lifecyclePOST = route(
  {
    authenticate: requireApiUser,
    params: z.object({ id: SessionId }),
    body: { schema: LifecycleAction },
  },
  async ({ user, params, body }) => {
    const run = { start: startSession, end: endSession, cancel: cancelSession }[body.action];
    await run(db(), params.id, user.id);
    // The call closes now, not when a web process hears of the end: no token opens it again.
    if (body.action !== "start") await syncVideoRoom(params.id);
    return NextResponse.json({ ok: true });
  },
);
