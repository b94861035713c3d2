export { CalibrationDraft, CalibrationRequest } from "./calibration-input";
export { type CalibrationRating, type CalibrationView, getCalibration } from "./calibration-view";
export { requestCalibration, saveCalibrationScores, submitCalibration } from "./calibrations";
export { type CohortCalibration, getCohortCalibration } from "./cohort-agreement";
