import { PromptKind, RoundType } from "@mockboard/prompt-bank";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";
import { QuotaExceededError } from "../errors";
import { COHORT_INVITE_LIFETIME_MS, newInvite } from "../invites/invite-code";
import { loadCohortAccess, requireCohortRight } from "./cohort-access";

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What an owner sets when creating or editing a cohort. */
export const CohortSettings = z.object({
  name: z.string().trim().min(1, "Give the cohort a name").max(80),
  description: z.string().trim().max(1000).default(""),
  timeZone: z.string().max(64).refine(isTimeZone, "not a time zone this server knows"),
  kinds: z.array(PromptKind).max(PromptKind.options.length).default([]),
  rounds: z.array(RoundType).max(RoundType.options.length).default([]),
});
export type CohortSettings = z.input<typeof CohortSettings>;

/** Cohorts one person may create in 24 hours. */
export const COHORTS_PER_DAY = 10;

/** Creates a cohort with its creator as the owner, and an invite link that works for 14 days. */
export async function createCohort(db: Db, userId: string, input: CohortSettings): Promise<{ id: string }> {
  const settings = CohortSettings.parse(input);
  const recent = await db.cohortMember.count({
    where: {
      userId,
      role: "OWNER",
      cohort: { createdAt: { gte: new Date(Date.now() - 24 * 60 * 60 * 1000) } },
    },
  });
  if (recent >= COHORTS_PER_DAY) {
    throw new QuotaExceededError(`You can create ${COHORTS_PER_DAY} cohorts a day; try again tomorrow`);
  }
  return db.cohort.create({
    data: {
      ...settings,
      ...cohortInvite(),
      members: { create: { userId, role: "OWNER" } },
    },
    select: { id: true },
  });
}

/** A fresh invite for a cohort: the columns a new or rotated link writes. */
export function cohortInvite(now = new Date()): { inviteCode: string; inviteExpiresAt: Date } {
  return newInvite(now, COHORT_INVITE_LIFETIME_MS);
}

/** An owner changes the cohort's name, description, zone, or what it practises. */
export async function updateCohortSettings(
  db: Db,
  cohortId: string,
  userId: string,
  input: CohortSettings,
): Promise<void> {
  const settings = CohortSettings.parse(input);
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.editSettings, "Only the cohort's owners change its settings");
  await db.cohort.update({ where: { id: cohortId }, data: settings satisfies Prisma.CohortUpdateInput });
}
