import "server-only";
import type { ScheduledCalendarEntry } from "@mockboard/db/types";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";

/** The VTIMEZONE block for a zone, so calendars show the time as the cohort planned it. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

const roleLine = (entry: ScheduledCalendarEntry) =>
  entry.role === "interviewer"
    ? `You interview ${entry.partnerName ?? "your partner"}.`
    : entry.role === "candidate"
      ? `${entry.partnerName ?? "Your partner"} interviews you.`
      : "You observe this session.";

/**
 * An iCalendar document for sessions (one for a download, a person's for their feed):
 * each event starts at the session's time in its cohort's zone (with that zone's
 * VTIMEZONE, so a daylight-saving change lands right), lasts the prompt's minutes and
 * links to the room. Built with ical-generator.
 */
export function calendarFor(
  entries: readonly ScheduledCalendarEntry[],
  options: { baseUrl: string; name: string; method?: "publish" },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Mockboard", product: "sessions", language: "EN" },
    method: options.method === "publish" ? ICalCalendarMethod.PUBLISH : undefined,
    timezone: null,
  });
  const zones = new Set(entries.map((entry) => entry.timeZone).filter((zone) => zone !== "UTC"));
  for (const zone of zones) {
    calendar.timezone({ name: zone, generator: (name) => vtimezone(name) });
  }
  for (const entry of entries) {
    const zone = entry.timeZone;
    const start = DateTime.fromJSDate(entry.start, { zone });
    const url = `${options.baseUrl}/sessions/${entry.sessionId}`;
    calendar.createEvent({
      id: `session-${entry.sessionId}@mockboard`,
      start,
      end: start.plus({ minutes: entry.minutes }),
      timezone: zone === "UTC" ? null : zone,
      summary: `Mock interview: ${entry.title}`,
      description: [roleLine(entry), entry.cohortName ? `Cohort: ${entry.cohortName}.` : null, `Join: ${url}`]
        .filter(Boolean)
        .join("\n"),
      url,
      location: url,
      status: entry.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
