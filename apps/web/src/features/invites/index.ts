// Public surface of the invites feature: the invite confirmation page, the interviewer's
// link box and candidate removal, and their routes.
export { InviteLink } from "./components/InviteLink";
export { RemoveCandidateButton } from "./components/RemoveCandidateButton";
export { JoinPage } from "./JoinPage";
export { acceptInvitePOST, candidateDELETE, inviteActionPOST } from "./server/invite-routes";
