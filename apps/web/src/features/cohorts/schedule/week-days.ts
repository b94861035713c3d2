// Client-safe date arithmetic for the schedule: which local day a moment falls on in a
// zone, and the seven dates of a week. Plain Intl, so the browser ships no date library.

/** "2026-03-02": the calendar date of a moment in a zone. */
export function localDate(iso: string, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));
}

/** The seven dates from `start` (a "YYYY-MM-DD"), one a day. */
export function weekDates(start: string): string[] {
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  return Array.from({ length: 7 }, (_, offset) =>
    new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10),
  );
}

/** Items grouped by their local date in `zone`, each day's items in time order. */
export function byLocalDate<T extends { at: string }>(items: readonly T[], zone: string): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.at.localeCompare(b.at))) {
    const key = localDate(item.at, zone);
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  return days;
}

/** "Mon 2 Mar": a calendar date as a day heading (the date itself, in no zone). */
export function dayHeading(date: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(new Date(`${date}T12:00:00Z`));
}

/** "18:00": a moment's time of day in a zone. */
export function timeOfDay(iso: string, zone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(
    new Date(iso),
  );
}

/** "CET": a zone's short name at a moment. */
export function zoneShortName(zone: string, at = new Date()): string {
  return (
    new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "short" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? zone
  );
}
