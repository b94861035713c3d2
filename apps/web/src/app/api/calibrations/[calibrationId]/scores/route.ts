export { calibrationScoresPUT as PUT } from "@/features/cohorts";
