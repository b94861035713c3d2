import "server-only";
import { CohortId, createCohortPrompt } from "@mockboard/db";
import { CustomPromptInput } from "@mockboard/prompt-bank";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { SavedPromptResponse } from "./saved-prompt-response";

/** A cohort owner or coach writes a prompt for the cohort. */
export const createCohortPromptPOST = route(
  {
    authenticate: requireApiUser,
    params: z.object({ id: CohortId }),
    body: { schema: CustomPromptInput },
  },
  async ({ user, params, body }) => {
    const prompt = await createCohortPrompt(db(), params.id, user.id, body);
    return respond(SavedPromptResponse, { prompt }, { status: 201 });
  },
);
