import { type CohortCapabilities, cohortCapabilitiesFor } from "@mockboard/interview";
import type { CohortRole, Prisma } from "@prisma/client";
import type { Db } from "../client";
import { ForbiddenError, NotFoundError } from "../errors";

type Reader = Db | Prisma.TransactionClient;

export interface CohortAccess {
  cohortId: string;
  role: CohortRole;
  rights: CohortCapabilities;
}

/**
 * The caller's role in a cohort and what the cohort rule lets them do. Someone outside it
 * gets NotFound: a cohort's existence does not leak.
 */
export async function loadCohortAccess(db: Reader, cohortId: string, userId: string): Promise<CohortAccess> {
  const member = await db.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
    select: { role: true },
  });
  if (!member) throw new NotFoundError("No such cohort");
  return { cohortId, role: member.role, rights: cohortCapabilitiesFor(member.role) };
}

/** Throws Forbidden, with a message saying what the caller may not do, unless allowed. */
export function requireCohortRight(allowed: boolean, message: string): asserts allowed {
  if (!allowed) throw new ForbiddenError(message);
}

/** Serialises membership changes in one cohort (two owners demoting each other at once). */
export async function lockCohort(tx: Prisma.TransactionClient, cohortId: string): Promise<void> {
  await tx.$queryRaw`select id from "Cohort" where id = ${cohortId} for update`;
}
