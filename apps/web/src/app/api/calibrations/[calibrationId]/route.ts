export { calibrationGET as GET } from "@/features/cohorts";
