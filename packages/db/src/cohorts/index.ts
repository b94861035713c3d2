export { type CohortAccess, loadCohortAccess } from "./cohort-access";
export { type CohortOverview, getCohortOverview } from "./cohort-overview";
export {
  COHORTS_PER_DAY,
  CohortSettings,
  createCohort,
  updateCohortSettings,
} from "./cohort-settings";
export {
  CohortId,
  type CohortMembership,
  getCohortRole,
  listCohortsForUser,
  listEditableCohorts,
  MemberId,
} from "./cohorts";
export {
  type CohortMemberRow,
  changeMemberRole,
  leaveCohort,
  listCohortMembers,
  removeMember,
} from "./members";
