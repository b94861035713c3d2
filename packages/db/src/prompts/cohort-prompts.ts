import type { Difficulty, PromptKind } from "@prisma/client";
import type { Db } from "../client";
import { loadCohortAccess, requireCohortRight } from "../cohorts/cohort-access";

export interface CohortPromptRow {
  slug: string;
  title: string;
  kind: PromptKind;
  roundType: string;
  difficulty: Difficulty;
  minutes: number;
  version: number;
  updatedAt: Date;
  author: string | null;
}

/** The cohort's own prompts (current versions), newest first; any member may list them. */
export async function listCohortPrompts(
  db: Db,
  cohortId: string,
  userId: string,
): Promise<CohortPromptRow[]> {
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.view, "Only members see the cohort");
  const rows = await db.prompt.findMany({
    where: { cohortId, isCurrent: true },
    orderBy: { createdAt: "desc" },
    select: {
      slug: true,
      title: true,
      kind: true,
      roundType: true,
      difficulty: true,
      minutes: true,
      version: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
  return rows.map(({ createdAt, author, ...row }) => ({
    ...row,
    updatedAt: createdAt,
    author: author?.name ?? null,
  }));
}
