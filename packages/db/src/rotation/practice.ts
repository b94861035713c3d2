import {
  type CohortFocus,
  type PracticeRecord,
  practiceArea,
  type ScoredPromptOption,
} from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";

type Reader = Db | Prisma.TransactionClient;

/**
 * What each of `memberIds` already met, across every session they had (any cohort or
 * none, cancelled ones aside): the prompts they were asked, the ones they interviewed on,
 * and how often they were the candidate in each kind of round. One query.
 */
export async function loadPracticeRecords(
  db: Reader,
  memberIds: readonly string[],
): Promise<Map<string, PracticeRecord>> {
  const records = new Map<
    string,
    { asked: Set<string>; interviewed: Set<string>; practised: Map<string, number> }
  >(memberIds.map((id) => [id, { asked: new Set(), interviewed: new Set(), practised: new Map() }]));
  if (memberIds.length === 0) return records;
  const ids = [...memberIds];
  const rows = await db.interviewSession.findMany({
    where: {
      status: { not: "CANCELLED" },
      OR: [{ interviewerId: { in: ids } }, { candidateId: { in: ids } }],
    },
    select: {
      interviewerId: true,
      candidateId: true,
      prompt: { select: { slug: true, kind: true, roundType: true } },
    },
  });
  for (const row of rows) {
    records.get(row.interviewerId)?.interviewed.add(row.prompt.slug);
    const candidate = row.candidateId ? records.get(row.candidateId) : undefined;
    if (!candidate) continue;
    candidate.asked.add(row.prompt.slug);
    const area = practiceArea(row.prompt.kind, row.prompt.roundType);
    candidate.practised.set(area, (candidate.practised.get(area) ?? 0) + 1);
  }
  return records;
}

/** What the cohort practises. */
export async function loadCohortFocus(db: Reader, cohortId: string): Promise<CohortFocus> {
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: { kinds: true, rounds: true },
  });
  return { kinds: cohort.kinds, rounds: cohort.rounds };
}

/** How often the cohort's sessions used each prompt (by slug). */
export async function loadCohortPromptUse(db: Reader, cohortId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ slug: string; uses: bigint }[]>`
    select p."slug", count(*) as uses from "InterviewSession" s join "Prompt" p on p."id" = s."promptId"
    where s."cohortId" = ${cohortId} and s."status" <> 'CANCELLED' group by p."slug"`;
  return new Map(rows.map((row) => [row.slug, Number(row.uses)]));
}

const RubricDimensions = z.object({ dimensions: z.array(z.object({ key: z.string() })) });

/**
 * The prompts a cohort's sessions may use: the current version of every built-in prompt
 * and of the cohort's own, each with its rubric's dimensions.
 */
export async function loadPromptOptions(db: Reader, cohortId: string | null): Promise<ScoredPromptOption[]> {
  const [prompts, rubrics] = await Promise.all([
    db.prompt.findMany({
      where: { isCurrent: true, OR: [{ cohortId: null }, ...(cohortId ? [{ cohortId }] : [])] },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, title: true, kind: true, roundType: true, rubricTemplateId: true },
    }),
    db.rubricTemplate.findMany({ select: { id: true, slug: true, definition: true } }),
  ]);
  const rubricById = new Map(
    rubrics.map((rubric) => [
      rubric.id,
      {
        slug: rubric.slug,
        dimensions: RubricDimensions.parse(rubric.definition).dimensions.map((d) => d.key),
      },
    ]),
  );
  return prompts.map(({ rubricTemplateId, ...prompt }) => {
    const rubric = rubricById.get(rubricTemplateId);
    return { ...prompt, rubric: rubric?.slug ?? "", dimensions: rubric?.dimensions ?? [] };
  });
}
