import "server-only";
import { PromptSlug, updateCohortPrompt } from "@mockboard/db";
import { CustomPromptInput } from "@mockboard/prompt-bank";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { SavedPromptResponse } from "./saved-prompt-response";

/** Saves an edit of a cohort prompt as its next version. */
export const updatePromptPUT = route(
  {
    authenticate: requireApiUser,
    params: z.object({ slug: PromptSlug }),
    body: { schema: CustomPromptInput },
  },
  async ({ user, params, body }) => {
    const prompt = await updateCohortPrompt(db(), params.slug, user.id, body);
    return respond(SavedPromptResponse, { prompt });
  },
);
