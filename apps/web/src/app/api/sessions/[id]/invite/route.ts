export { inviteActionPOST as POST } from "@/features/invites";
