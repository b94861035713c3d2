// Public surface of the invites feature: following an invite link, and the box the
// interviewer copies it from.
export { InviteLink } from "./components/InviteLink";
export { JoinPage } from "./JoinPage";
