export {
  CalendarFeedToken,
  createCalendarFeed,
  getCalendarFeedStatus,
  resolveCalendarFeed,
  revokeCalendarFeed,
} from "./calendar-feeds";
export {
  getSessionCalendarEntry,
  listCalendarSessions,
  listCohortSchedule,
  type ScheduledCalendarEntry,
  type ScheduledSessionView,
} from "./schedule";
