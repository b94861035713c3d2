import { createCohortPrompt } from "@mockboard/db";
import { CustomPromptInput } from "@mockboard/prompt-bank";
import { NextResponse } from "next/server";
import { requireApiUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { mapDbErrors } from "@/server/db-errors";
import { readJson, route } from "@/server/http";

/** A cohort owner or coach writes a prompt for the cohort. */
export const POST = route(async (request, context: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const { id } = await context.params;
  const input = await readJson(request, CustomPromptInput);
  const prompt = await mapDbErrors(createCohortPrompt(db(), id.slice(0, 64), user.id, input));
  return NextResponse.json({ prompt }, { status: 201 });
});
