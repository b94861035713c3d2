import { updateCohortPrompt } from "@mockboard/db";
import { CustomPromptInput } from "@mockboard/prompt-bank";
import { NextResponse } from "next/server";
import { requireApiUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { mapDbErrors } from "@/server/db-errors";
import { readJson, route } from "@/server/http";

/** Saves an edit of a cohort prompt as its next version. */
export const PUT = route(async (request, context: { params: Promise<{ slug: string }> }) => {
  const user = await requireApiUser();
  const { slug } = await context.params;
  const input = await readJson(request, CustomPromptInput);
  const prompt = await mapDbErrors(updateCohortPrompt(db(), slug.slice(0, 100), user.id, input));
  return NextResponse.json({ prompt });
});
