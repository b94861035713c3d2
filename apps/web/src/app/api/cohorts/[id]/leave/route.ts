export { leaveCohortPOST as POST } from "@/features/cohorts";
