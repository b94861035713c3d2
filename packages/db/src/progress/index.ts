export { type CohortProgress, getCohortProgress } from "./cohort-progress";
export {
  type DimensionSeries,
  getMemberProgress,
  type MemberProgress,
  type RubricFamily,
} from "./member-progress";
