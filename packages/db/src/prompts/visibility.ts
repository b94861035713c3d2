import { cohortRolesThatMay } from "@mockboard/interview";
import { Prisma } from "@prisma/client";

/** Cohort prompts are visible to the cohort roles that read its prompts; built-in prompts to everyone signed in. */
export function visibleTo(viewerId: string) {
  const role = { in: [...cohortRolesThatMay("read-prompts")] };
  return { OR: [{ cohortId: null }, { cohort: { members: { some: { userId: viewerId, role } } } }] };
}

/** The same rule as SQL over `"Prompt" p`, for the catalogue's search. */
export function visibleToSql(viewerId: string): Prisma.Sql {
  const readers = Prisma.join(
    cohortRolesThatMay("read-prompts").map((role) => Prisma.sql`${role}::"CohortRole"`),
  );
  return Prisma.sql`(p."cohortId" is null or p."cohortId" in (select "cohortId" from "CohortMember" where "userId" = ${viewerId} and "role" in (${readers})))`;
}
