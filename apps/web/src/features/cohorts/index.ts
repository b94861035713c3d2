// Public surface of the cohorts feature: the list and a cohort's frame and tabs (members,
// schedule with the rotation, progress, calibration, prompts), creating a cohort, "Swap roles" for the
// room, how a cohort's size reads, and the feature's routes.
export { CalibrationDetailPage } from "./CalibrationDetailPage";
export { CalibrationPage } from "./CalibrationPage";
export { CohortLayout } from "./CohortLayout";
export { CohortPromptsPage } from "./CohortPromptsPage";
export { CohortsPage } from "./CohortsPage";
export { CohortCounts } from "./components/CohortCounts";
export { SwapRolesButton } from "./components/SwapRolesButton";
export { MembersPage } from "./MembersPage";
export { NewCohortPage } from "./NewCohortPage";
export { ProgressPage } from "./ProgressPage";
export { SchedulePage } from "./SchedulePage";
export {
  calendarFeedDELETE,
  calendarFeedGET,
  calendarFeedPOST,
  sessionCalendarGET,
} from "./server/calendar-routes";
export {
  calibrationGET,
  calibrationScoresPUT,
  calibrationSubmitPOST,
  requestCalibrationPOST,
} from "./server/calibration-routes";
export {
  cohortInvitePOST,
  createCohortPOST,
  leaveCohortPOST,
  memberDELETE,
  memberPATCH,
  updateCohortPATCH,
} from "./server/cohort-routes";
export {
  generateRoundPOST,
  pairingPromptPATCH,
  publishRoundPOST,
  roundDELETE,
  swapRoundMembersPOST,
} from "./server/rotation-routes";
export { swapRolesPOST } from "./server/swap-roles-route";
