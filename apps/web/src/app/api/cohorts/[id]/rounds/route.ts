export { generateRoundPOST as POST } from "@/features/cohorts";
