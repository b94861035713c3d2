import {
  cohortRolesThatMay,
  type GuideAccessFacts,
  mayInCohort,
  mayReadPromptGuide,
} from "@mockboard/interview";
import { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { getCohortRole } from "../cohorts/cohorts";

type Reader = Db | Prisma.TransactionClient;

/** The prompt's own guide policy's facts, from what the caller already read about the viewer. */
export function promptGuideFacts(
  prompt: { slug: string; cohortId: string | null; authorId: string | null },
  viewer: {
    id: string;
    /** Whether their role in the prompt's cohort may read its guides (false without a cohort). */
    readsCohortGuides: boolean;
    /** Slugs of the prompts of the scheduled or live sessions they are the candidate of. */
    openCandidateSlugs: readonly string[];
  },
): GuideAccessFacts {
  return {
    builtIn: prompt.cohortId === null,
    promptStaff: viewer.readsCohortGuides || (prompt.authorId !== null && prompt.authorId === viewer.id),
    candidateOfOpenSession: viewer.openCandidateSlugs.includes(prompt.slug),
  };
}

/** The prompt slugs of the scheduled or live sessions this person is the candidate of. */
export async function openCandidateSlugs(db: Reader, viewerId: string): Promise<string[]> {
  const sessions = await db.interviewSession.findMany({
    where: { candidateId: viewerId, status: { in: ["SCHEDULED", "LIVE"] } },
    select: { prompt: { select: { slug: true } } },
  });
  return sessions.map((session) => session.prompt.slug);
}

/** `mayReadPromptGuide` (the rule lives in @mockboard/interview) for one prompt and one viewer. */
export async function viewerMayReadGuide(
  db: Db,
  prompt: { slug: string; cohortId: string | null; authorId: string | null },
  viewerId: string,
): Promise<boolean> {
  const [role, slugs] = await Promise.all([
    prompt.cohortId ? getCohortRole(db, prompt.cohortId, viewerId) : Promise.resolve(null),
    openCandidateSlugs(db, viewerId),
  ]);
  return mayReadPromptGuide(
    promptGuideFacts(prompt, {
      id: viewerId,
      readsCohortGuides: mayInCohort(role, "read-guides"),
      openCandidateSlugs: slugs,
    }),
  );
}

/**
 * The same rule as SQL over `"Prompt" p`, for search: only rows whose guide the viewer may
 * read. Kept beside the function above and tested against it on every combination.
 */
export function guideReadableSql(viewerId: string): Prisma.Sql {
  const readers = Prisma.join(
    cohortRolesThatMay("read-guides").map((role) => Prisma.sql`${role}::"CohortRole"`),
  );
  return Prisma.sql`(
    (p."cohortId" is null
      or p."authorId" = ${viewerId}
      or p."cohortId" in (select "cohortId" from "CohortMember" where "userId" = ${viewerId} and "role" in (${readers})))
    and p."slug" not in (
      select sp."slug" from "InterviewSession" s join "Prompt" sp on sp."id" = s."promptId"
      where s."candidateId" = ${viewerId} and s."status" in ('SCHEDULED', 'LIVE'))
  )`;
}
