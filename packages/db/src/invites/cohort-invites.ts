import type { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { loadCohortAccess, lockCohort, requireCohortRight } from "../cohorts/cohort-access";
import { cohortInvite } from "../cohorts/cohort-settings";
import { ForbiddenError, NotFoundError } from "../errors";
import { INVALID_LINK, inviteExpired } from "./invite-code";

type Reader = Db | Prisma.TransactionClient;

export interface CohortInvitePreview {
  kind: "cohort";
  cohortId: string;
  name: string;
  description: string;
  memberCount: number;
  /** The follower is already a member: the link just opens the cohort. */
  alreadyIn: boolean;
}

/** What following a cohort's invite link would do (null when the code names no cohort). */
export async function previewCohortInvite(
  db: Reader,
  inviteCode: string,
  userId: string,
): Promise<CohortInvitePreview | null> {
  const cohort = await db.cohort.findUnique({
    where: { inviteCode },
    select: {
      id: true,
      name: true,
      description: true,
      inviteExpiresAt: true,
      members: { where: { userId }, select: { role: true } },
      _count: { select: { members: true } },
    },
  });
  if (!cohort) return null;
  const preview = {
    kind: "cohort" as const,
    cohortId: cohort.id,
    name: cohort.name,
    description: cohort.description,
    memberCount: cohort._count.members,
  };
  if (cohort.members.length > 0) return { ...preview, alreadyIn: true };
  if (inviteExpired(cohort.inviteExpiresAt)) throw new ForbiddenError("This invite link has expired");
  return { ...preview, alreadyIn: false };
}

/** Joins the cohort as a member; a member following the link again just enters. */
export async function acceptCohortInvite(
  db: Db,
  inviteCode: string,
  userId: string,
): Promise<{ cohortId: string }> {
  return db.$transaction(async (tx) => {
    const found = await tx.cohort.findUnique({ where: { inviteCode }, select: { id: true } });
    if (!found) throw new NotFoundError(INVALID_LINK);
    await lockCohort(tx, found.id);
    const preview = await previewCohortInvite(tx, inviteCode, userId);
    if (!preview) throw new NotFoundError(INVALID_LINK);
    if (!preview.alreadyIn) {
      await tx.cohortMember.create({ data: { cohortId: preview.cohortId, userId, role: "MEMBER" } });
    }
    return { cohortId: preview.cohortId };
  });
}

async function manageCohortInvite(db: Db, cohortId: string, userId: string, data: Prisma.CohortUpdateInput) {
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.invite, "Only the cohort's owners and coaches manage its invite link");
  await db.cohort.update({ where: { id: cohortId }, data });
}

/** A new link that works for another 14 days; the old one stops working at once. */
export function rotateCohortInvite(db: Db, cohortId: string, userId: string): Promise<void> {
  return manageCohortInvite(db, cohortId, userId, cohortInvite());
}

/** Turns the link off; an owner or coach can make a new one later. */
export function revokeCohortInvite(db: Db, cohortId: string, userId: string): Promise<void> {
  return manageCohortInvite(db, cohortId, userId, { inviteCode: null, inviteExpiresAt: null });
}
