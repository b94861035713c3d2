export { calendarFeedGET as GET } from "@/features/cohorts";
