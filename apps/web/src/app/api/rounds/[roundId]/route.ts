export { roundDELETE as DELETE } from "@/features/cohorts";
