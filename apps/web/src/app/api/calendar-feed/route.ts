export { calendarFeedDELETE as DELETE, calendarFeedPOST as POST } from "@/features/cohorts";
