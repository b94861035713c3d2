export { swapRoundMembersPOST as POST } from "@/features/cohorts";
