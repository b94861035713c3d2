export { swapRolesPOST as POST } from "@/features/cohorts";
