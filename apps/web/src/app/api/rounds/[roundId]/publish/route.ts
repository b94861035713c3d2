export { publishRoundPOST as POST } from "@/features/cohorts";
