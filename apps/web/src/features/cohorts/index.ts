// Public surface of the cohorts feature: the list of your cohorts and how a cohort's size reads.
export { CohortsPage } from "./CohortsPage";
export { CohortCounts } from "./components/CohortCounts";
