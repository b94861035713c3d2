import "server-only";
import {
  ForbiddenError,
  getPromptWithGuide,
  listRubricTemplates,
  PromptSlug,
  type PromptWithGuide,
} from "@mockboard/db";
import { CustomPromptInput } from "@mockboard/prompt-bank";
import { forbidden } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { orNotFound, paramsOrNotFound } from "@/server/page-guards";
import { PromptEditor } from "./components/PromptEditor";
import { inputToForm } from "./prompt-form";
import "./prompts.css";

const EditParams = z.object({ slug: PromptSlug });

/** A stored prompt as the editor's input: the same shape the save route validates. */
function toCustomPromptInput(prompt: PromptWithGuide): CustomPromptInput {
  return CustomPromptInput.parse({
    ...prompt,
    company: prompt.company ?? undefined,
    signal: prompt.signal ?? undefined,
    rubric: prompt.rubric.slug,
  });
}

export async function EditPromptPage({ params }: { params: unknown }) {
  const { slug } = paramsOrNotFound(EditParams, params);
  const user = await requireUser(`/prompts/${slug}/edit`);
  // Someone who may not read the guide (e.g. a coach booked as candidate on it) cannot edit it
  // either. Both know the prompt exists (they can open its page), so the answer is 403, not 404.
  const prompt = await orNotFound(
    getPromptWithGuide(db(), slug, user.id).catch((error) => {
      if (error instanceof ForbiddenError) forbidden();
      throw error;
    }),
  );
  if (!prompt.canEdit) forbidden();
  const rubrics = await listRubricTemplates(db());
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Edit: {prompt.title}</h1>
          <p>Saving creates version {prompt.version + 1}; sessions that used earlier versions keep them.</p>
        </div>
      </div>
      <PromptEditor
        target={{ method: "PUT", url: `/api/prompts/${slug}` }}
        rubrics={rubrics}
        initial={inputToForm(toCustomPromptInput(prompt))}
      />
    </>
  );
}
