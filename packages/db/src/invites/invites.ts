import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { acceptCohortInvite, type CohortInvitePreview, previewCohortInvite } from "./cohort-invites";
import { INVALID_LINK } from "./invite-code";
import { acceptSessionInvite, previewSessionInvite, type SessionInvitePreview } from "./session-invites";

// One invite link for everything one can be invited to: /join/<code> names a session
// (become its candidate) or a cohort (become a member). Codes are 128 random bits, so the
// two tables never share one; the session is asked first.

export type InvitePreview = SessionInvitePreview | CohortInvitePreview;

/** Where an accepted invite leads. */
export type InviteTarget = { kind: "session"; sessionId: string } | { kind: "cohort"; cohortId: string };

/**
 * What following an invite link would do, without doing it: the confirmation page shows
 * this, and only a POST (acceptInvite) changes anything. Refusals carry a message meant
 * for the person who followed the link.
 */
export async function previewInvite(db: Db, inviteCode: string, userId: string): Promise<InvitePreview> {
  const preview =
    (await previewSessionInvite(db, inviteCode, userId)) ??
    (await previewCohortInvite(db, inviteCode, userId));
  if (!preview) throw new NotFoundError(INVALID_LINK);
  return preview;
}

/** Accepts an invite: the follower becomes the session's candidate, or a member of the cohort. */
export async function acceptInvite(db: Db, inviteCode: string, userId: string): Promise<InviteTarget> {
  const inSession = await db.interviewSession.count({ where: { inviteCode } });
  if (inSession > 0) return { kind: "session", ...(await acceptSessionInvite(db, inviteCode, userId)) };
  return { kind: "cohort", ...(await acceptCohortInvite(db, inviteCode, userId)) };
}
