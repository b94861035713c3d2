import { createSession, NotFoundError } from "@mockboard/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { HttpError, readJson, route } from "@/server/http";

const CreateSessionInput = z.object({
  promptId: z.string().min(1).max(64),
  title: z.string().trim().max(120).optional(),
  cohortId: z.preprocess((value) => value || undefined, z.string().min(1).max(64).optional()),
});

/** Creates a session; a plain form post (from a prompt page) is redirected into the room. */
export const POST = route(async (request) => {
  const user = await requireApiUser();
  const isForm = (request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded");
  let input: z.infer<typeof CreateSessionInput>;
  if (isForm) {
    const parsed = CreateSessionInput.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success)
      throw new HttpError(400, "Invalid request", z.flattenError(parsed.error).fieldErrors);
    input = parsed.data;
  } else {
    input = await readJson(request, CreateSessionInput);
  }
  try {
    const session = await createSession(db(), { ...input, creatorId: user.id });
    // A relative Location: request.url may name another host than the one the browser used.
    if (isForm) return new Response(null, { status: 303, headers: { location: `/sessions/${session.id}` } });
    return NextResponse.json({ session }, { status: 201 });
  } catch (error) {
    if (error instanceof NotFoundError) throw new HttpError(404, error.message);
    throw error;
  }
});
