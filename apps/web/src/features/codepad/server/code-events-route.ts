import "server-only";
import { CodeEventInput, recordCodeEvent, SessionId } from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { route } from "@/server/http/route";

/** A code pad event for the session's timeline: a language change, or how a run ended (never the code). */
export const codeEventsPOST = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }), body: { schema: CodeEventInput } },
  async ({ user, params, body }) => {
    await recordCodeEvent(db(), params.id, user.id, body);
    return NextResponse.json({ recorded: true }, { status: 201 });
  },
);
