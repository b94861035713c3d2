import { createHash } from "node:crypto";
import type { Prompt, RubricTemplate } from "@mockboard/prompt-bank";
import type { Prisma } from "@prisma/client";
import type { Db } from "../client";

/** Stable hash of content: keys sorted so formatting never makes a new version. */
export function contentHash(value: unknown): string {
  const canonical = JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
  return createHash("sha256").update(canonical).digest("hex");
}

export interface SeedReport {
  rubrics: { created: number; updated: number; unchanged: number };
  prompts: { created: number; updated: number; unchanged: number };
}

export async function upsertRubric(tx: Prisma.TransactionClient, rubric: RubricTemplate) {
  const hash = contentHash(rubric);
  const current = await tx.rubricTemplate.findFirst({
    where: { slug: rubric.slug, isCurrent: true },
    select: { id: true, version: true, contentHash: true },
  });
  if (current?.contentHash === hash) return { id: current.id, outcome: "unchanged" as const };
  if (current) await tx.rubricTemplate.update({ where: { id: current.id }, data: { isCurrent: false } });
  const created = await tx.rubricTemplate.create({
    data: {
      slug: rubric.slug,
      version: (current?.version ?? 0) + 1,
      contentHash: hash,
      title: rubric.title,
      definition: rubric as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return { id: created.id, outcome: current ? ("updated" as const) : ("created" as const) };
}

export interface PromptOwner {
  cohortId?: string;
  authorId?: string;
}

/**
 * Writes a prompt as a new version when its content (or its rubric version) changed.
 * Old versions stay: sessions keep pointing at the version they used.
 */
export async function upsertPromptVersion(
  tx: Prisma.TransactionClient,
  prompt: Prompt,
  rubricTemplateId: string,
  owner: PromptOwner = {},
) {
  const hash = contentHash({ prompt, rubricTemplateId });
  const current = await tx.prompt.findFirst({
    where: { slug: prompt.slug, isCurrent: true },
    select: { id: true, version: true, contentHash: true },
  });
  if (current?.contentHash === hash) return { id: current.id, outcome: "unchanged" as const };
  if (current) await tx.prompt.update({ where: { id: current.id }, data: { isCurrent: false } });
  const created = await tx.prompt.create({
    data: {
      slug: prompt.slug,
      version: (current?.version ?? 0) + 1,
      contentHash: hash,
      title: prompt.title,
      kind: prompt.kind,
      roundType: prompt.roundType,
      company: prompt.company ?? null,
      difficulty: prompt.difficulty,
      minutes: prompt.minutes,
      tags: prompt.tags,
      signal: prompt.signal ?? null,
      brief: prompt.brief as unknown as Prisma.InputJsonValue,
      guide: prompt.guide as unknown as Prisma.InputJsonValue,
      phases: prompt.phases as unknown as Prisma.InputJsonValue,
      stages: prompt.stages as unknown as Prisma.InputJsonValue,
      rubricTemplateId,
      sourceSeed: prompt.source?.seed ?? null,
      sourceRef: prompt.source?.ref ?? null,
      cohortId: owner.cohortId ?? null,
      authorId: owner.authorId ?? null,
    },
    select: { id: true },
  });
  return { id: created.id, outcome: current ? ("updated" as const) : ("created" as const) };
}

/** Idempotent: running it twice changes nothing; changed content becomes a new version. */
export async function seedPromptBank(
  db: Db,
  bank: { prompts: readonly Prompt[]; rubrics: readonly RubricTemplate[] },
): Promise<SeedReport> {
  const report: SeedReport = {
    rubrics: { created: 0, updated: 0, unchanged: 0 },
    prompts: { created: 0, updated: 0, unchanged: 0 },
  };
  const rubricIds = new Map<string, string>();
  await db.$transaction(
    async (tx) => {
      for (const rubric of bank.rubrics) {
        const { id, outcome } = await upsertRubric(tx, rubric);
        rubricIds.set(rubric.slug, id);
        report.rubrics[outcome]++;
      }
      for (const prompt of bank.prompts) {
        const rubricId = rubricIds.get(prompt.rubric);
        if (!rubricId) throw new Error(`prompt ${prompt.slug} names unknown rubric ${prompt.rubric}`);
        const { outcome } = await upsertPromptVersion(tx, prompt, rubricId);
        report.prompts[outcome]++;
      }
    },
    { timeout: 120_000 },
  );
  return report;
}
