export { updateCohortPATCH as PATCH } from "@/features/cohorts";
