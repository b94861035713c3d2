export {
  type CohortInvitePreview,
  revokeCohortInvite,
  rotateCohortInvite,
} from "./cohort-invites";
export { COHORT_INVITE_LIFETIME_MS, INVITE_LIFETIME_MS, InviteCode } from "./invite-code";
export { acceptInvite, type InvitePreview, type InviteTarget, previewInvite } from "./invites";
export {
  removeCandidate,
  revokeInvite,
  rotateInvite,
  type SessionInvitePreview,
} from "./session-invites";
