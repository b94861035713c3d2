export { cohortInvitePOST as POST } from "@/features/cohorts";
