export { type CalibratableSession, listCalibratableSessions } from "./calibration-choices";
export { CalibrationDraft, CalibrationId, CalibrationRequest } from "./calibration-input";
export { type CalibrationRating, type CalibrationView, getCalibration } from "./calibration-view";
export { requestCalibration, saveCalibrationScores, submitCalibration } from "./calibrations";
export { type CohortCalibration, getCohortCalibration } from "./cohort-agreement";
export { listOwnCalibrationRequests, type OwnCalibrationRequest } from "./own-requests";
