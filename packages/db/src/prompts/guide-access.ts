import { mayReadPromptGuide } from "@mockboard/interview";
import { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { getCohortRole, isCohortStaff, STAFF_ROLES } from "../cohorts/cohorts";

/**
 * Facts for `mayReadPromptGuide` (the rule lives in @mockboard/interview) about one
 * prompt and one viewer.
 */
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
  return mayReadPromptGuide({
    builtIn: prompt.cohortId === null,
    promptStaff: isCohortStaff(role) || (prompt.authorId !== null && prompt.authorId === viewerId),
    candidateOfOpenSession: openAsCandidate > 0,
  });
}

/**
 * The same rule as SQL over `"Prompt" p`, for search: only rows whose guide the viewer may
 * read. Kept beside the function above and tested against it on every combination.
 */
export function guideReadableSql(viewerId: string): Prisma.Sql {
  const staff = Prisma.join(STAFF_ROLES.map((role) => Prisma.sql`${role}::"CohortRole"`));
  return Prisma.sql`(
    (p."cohortId" is null
      or p."authorId" = ${viewerId}
      or p."cohortId" in (select "cohortId" from "CohortMember" where "userId" = ${viewerId} and "role" in (${staff})))
    and p."slug" not in (
      select sp."slug" from "InterviewSession" s join "Prompt" sp on sp."id" = s."promptId"
      where s."candidateId" = ${viewerId} and s."status" in ('SCHEDULED', 'LIVE'))
  )`;
}
