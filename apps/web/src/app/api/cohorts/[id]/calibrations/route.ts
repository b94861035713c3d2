export { requestCalibrationPOST as POST } from "@/features/cohorts";
