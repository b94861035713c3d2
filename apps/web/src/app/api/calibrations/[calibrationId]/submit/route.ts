export { calibrationSubmitPOST as POST } from "@/features/cohorts";
