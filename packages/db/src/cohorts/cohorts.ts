import { type CohortCapabilities, cohortCapabilitiesFor, cohortRolesThatMay } from "@mockboard/interview";
import type { CohortRole } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";

/** Cohort ids are Prisma cuids. */
export const CohortId = z.string().regex(/^[a-z0-9]{20,40}$/, "not a cohort id");

/** A member is named by their user id, a Prisma cuid. */
export const MemberId = z.string().regex(/^[a-z0-9]{20,40}$/, "not a member id");

export async function getCohortRole(db: Db, cohortId: string, userId: string): Promise<CohortRole | null> {
  const member = await db.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
    select: { role: true },
  });
  return member?.role ?? null;
}

export interface CohortMembership {
  role: CohortRole;
  /** What the cohort rules (@mockboard/interview) let this role do there. */
  can: CohortCapabilities;
  cohort: { id: string; name: string; description: string; memberCount: number; sessionCount: number };
}

/** The cohorts the user belongs to, oldest membership first. */
export async function listCohortsForUser(db: Db, userId: string): Promise<CohortMembership[]> {
  const rows = await db.cohortMember.findMany({
    where: { userId },
    orderBy: { joinedAt: "asc" },
    select: {
      role: true,
      cohort: {
        select: {
          id: true,
          name: true,
          description: true,
          _count: { select: { members: true, sessions: true } },
        },
      },
    },
  });
  return rows.map(({ role, cohort: { _count, ...cohort } }) => ({
    role,
    can: cohortCapabilitiesFor(role),
    cohort: { ...cohort, memberCount: _count.members, sessionCount: _count.sessions },
  }));
}

/** Cohorts where the user may write prompts. */
export function listEditableCohorts(db: Db, userId: string): Promise<{ id: string; name: string }[]> {
  return db.cohort.findMany({
    where: { members: { some: { userId, role: { in: [...cohortRolesThatMay("write-prompts")] } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
