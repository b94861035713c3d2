import {
  cohortRolesThatMay,
  type GuideAccessFacts,
  mayInCohort,
  mayReadPromptGuide,
} from "@mockboard/interview";
import { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { getCohortRole } from "../cohorts/cohorts";

/** The prompt's own guide policy's facts, from what the caller already read about the viewer. */
export function promptGuideFacts(
  prompt: { cohortId: string | null; authorId: string | null },
  viewer: {
    id: string;
    /** Whether their role in the prompt's cohort may read its guides (false without a cohort). */
    readsCohortGuides: boolean;
    /** They are the candidate of a scheduled or live session on this prompt (any version). */
    candidateOfOpenSession: boolean;
  },
): GuideAccessFacts {
  return {
    builtIn: prompt.cohortId === null,
    promptStaff: viewer.readsCohortGuides || (prompt.authorId !== null && prompt.authorId === viewer.id),
    candidateOfOpenSession: viewer.candidateOfOpenSession,
  };
}

/** `mayReadPromptGuide` (the rule lives in @mockboard/interview) for one prompt and one viewer. */
export async function viewerMayReadGuide(
  db: Db,
  prompt: { slug: string; cohortId: string | null; authorId: string | null },
  viewerId: string,
): Promise<boolean> {
  const [role, openAsCandidate] = await Promise.all([
    prompt.cohortId ? getCohortRole(db, prompt.cohortId, viewerId) : Promise.resolve(null),
    db.interviewSession.count({
      where: { candidateId: viewerId, status: { in: ["SCHEDULED", "LIVE"] }, prompt: { slug: prompt.slug } },
    }),
  ]);
  return mayReadPromptGuide(
    promptGuideFacts(prompt, {
      id: viewerId,
      readsCohortGuides: mayInCohort(role, "read-guides"),
      candidateOfOpenSession: openAsCandidate > 0,
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
