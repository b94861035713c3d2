export { sessionCalendarGET as GET } from "@/features/cohorts";
