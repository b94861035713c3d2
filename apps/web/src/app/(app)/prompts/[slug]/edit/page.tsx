import { getPromptWithGuide, listRubricTemplates, NotFoundError } from "@mockboard/db";
import { CustomPromptInput } from "@mockboard/prompt-bank";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PromptEditor } from "@/components/PromptEditor";
import { inputToForm } from "@/lib/prompt-form";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Edit prompt" };

export default async function EditPromptPage({ params }: PageProps<"/prompts/[slug]/edit">) {
  const { slug } = await params;
  const user = await requireUser(`/prompts/${slug}/edit`);
  const prompt = await getPromptWithGuide(db(), slug, user.id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (!prompt.canEdit) notFound();
  const rubrics = await listRubricTemplates(db());
  const input = CustomPromptInput.parse({
    ...prompt,
    company: prompt.company ?? undefined,
    signal: prompt.signal ?? undefined,
    rubric: prompt.rubricTemplate.slug,
  });
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
        initial={inputToForm(input)}
      />
    </>
  );
}
