import type { CohortCapabilities } from "@mockboard/interview";
import type { CohortRole, PromptKind } from "@prisma/client";
import type { Db } from "../client";
import { inviteExpired } from "../invites/invite-code";
import { loadCohortAccess } from "./cohort-access";

export interface CohortOverview {
  id: string;
  name: string;
  description: string;
  timeZone: string;
  kinds: PromptKind[];
  rounds: string[];
  memberCount: number;
  role: CohortRole;
  rights: CohortCapabilities;
  /** The invite link, only for those who manage it; null code when it is turned off. */
  invite: { code: string | null; expiresAt: Date | null; expired: boolean } | null;
}

/** What every tab of the cohort page shares; NotFound for someone outside the cohort. */
export async function getCohortOverview(db: Db, cohortId: string, userId: string): Promise<CohortOverview> {
  const access = await loadCohortAccess(db, cohortId, userId);
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      description: true,
      timeZone: true,
      kinds: true,
      rounds: true,
      inviteCode: true,
      inviteExpiresAt: true,
      _count: { select: { members: true } },
    },
  });
  const { inviteCode, inviteExpiresAt, _count, ...settings } = cohort;
  return {
    ...settings,
    memberCount: _count.members,
    role: access.role,
    rights: access.rights,
    invite: access.rights.invite
      ? {
          code: inviteCode,
          expiresAt: inviteExpiresAt,
          expired: inviteCode !== null && inviteExpired(inviteExpiresAt),
        }
      : null,
  };
}
