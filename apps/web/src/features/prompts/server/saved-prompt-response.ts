import { z } from "zod";

/** What the prompt write routes answer with: the saved version's identity, nothing else. */
export const SavedPromptResponse = z.object({
  prompt: z.object({ id: z.string(), slug: z.string(), version: z.number().int() }),
});
