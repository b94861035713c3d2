import type { ScheduledCalendarEntry } from "@mockboard/db/types";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { calendarFor } from "./calendar-ics";

const entry = (overrides: Partial<ScheduledCalendarEntry>): ScheduledCalendarEntry => ({
  sessionId: "session-one",
  title: "Design a feature store",
  start: new Date("2026-03-27T17:00:00Z"),
  minutes: 45,
  timeZone: "Europe/Berlin",
  cohortName: "ML platform prep",
  role: "candidate",
  partnerName: "Ana",
  status: "SCHEDULED",
  ...overrides,
});

/** Parses with ical.js (an independent parser) and returns each event's instants. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      zone: event.startDate.zone?.tzid,
      url: component.getFirstPropertyValue("url"),
      description: event.description,
    };
  });
}

describe("calendar files", () => {
  it("keep the right instants on both sides of a daylight-saving change, in the cohort's zone", () => {
    // Berlin moves from CET (+1) to CEST (+2) on 29 March 2026: 18:00 local is 17:00Z before, 16:00Z after.
    const before = entry({ sessionId: "before", start: new Date("2026-03-27T17:00:00Z") });
    const after = entry({ sessionId: "after", start: new Date("2026-03-31T16:00:00Z"), minutes: 60 });
    const text = calendarFor([before, after], { baseUrl: "https://mockboard.test", name: "Sessions" });
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toContain("TZID:Europe/Berlin");
    expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:20260327T180000/);
    expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:20260331T180000/);
    const events = parse(text);
    expect(events).toEqual([
      expect.objectContaining({
        uid: "session-before@mockboard",
        start: "2026-03-27T17:00:00.000Z",
        end: "2026-03-27T17:45:00.000Z",
        zone: "Europe/Berlin",
      }),
      expect.objectContaining({
        uid: "session-after@mockboard",
        start: "2026-03-31T16:00:00.000Z",
        end: "2026-03-31T17:00:00.000Z",
      }),
    ]);
  });

  it("links each event to its room and says who interviews whom", () => {
    const [event] = parse(calendarFor([entry({})], { baseUrl: "https://mockboard.test", name: "Sessions" }));
    expect(event?.url).toBe("https://mockboard.test/sessions/session-one");
    expect(event?.summary).toBe("Mock interview: Design a feature store");
    expect(event?.description).toContain("Ana interviews you.");
    expect(event?.description).toContain("Join: https://mockboard.test/sessions/session-one");
  });

  it("writes sessions outside a cohort in UTC", () => {
    const text = calendarFor([entry({ timeZone: "UTC", cohortName: null })], {
      baseUrl: "https://mockboard.test",
      name: "Sessions",
    });
    expect(text).not.toContain("BEGIN:VTIMEZONE");
    expect(parse(text)[0]?.start).toBe("2026-03-27T17:00:00.000Z");
  });
});
