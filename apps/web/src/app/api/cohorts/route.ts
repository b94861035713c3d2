export { createCohortPOST as POST } from "@/features/cohorts";
