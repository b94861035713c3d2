export { memberDELETE as DELETE, memberPATCH as PATCH } from "@/features/cohorts";
