import "server-only";
import { createSession } from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";

const CreateSessionInput = z.object({
  promptId: z.string().min(1).max(64),
  title: z.string().trim().max(120).optional(),
  // A form's "No cohort" option posts an empty string. Any other unknown id is the db's
  // NotFound (404), as for a cohort the creator is not in: no hint which cohorts exist.
  cohortId: z.preprocess((value) => value || undefined, z.string().min(1).max(64).optional()),
});

const CreatedSessionResponse = z.object({
  session: z.object({ id: z.string(), inviteCode: z.string(), boardDocId: z.string() }),
});

/** Creates a session; a plain form post (from a prompt page) is redirected into the room. */
export const createSessionPOST = route(
  {
    authenticate: requireApiUser,
    body: { schema: CreateSessionInput, accepts: ["json", "form"] },
  },
  async ({ user, body, bodyKind }) => {
    const session = await createSession(db(), { ...body, creatorId: user.id });
    // A relative Location: request.url may name another host than the one the browser used.
    if (bodyKind === "form") {
      return new NextResponse(null, { status: 303, headers: { location: `/sessions/${session.id}` } });
    }
    return respond(CreatedSessionResponse, { session }, { status: 201 });
  },
);
