export { acceptInvitePOST as POST } from "@/features/invites";
