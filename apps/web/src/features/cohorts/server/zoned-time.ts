import { DateTime } from "luxon";
import { z } from "zod";

/** A wall-clock time as a datetime-local field sends it: 2026-03-02T18:00. */
export const WallTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "a date and time, like 2026-03-02T18:00");

/**
 * The moment a wall-clock time names in a zone (luxon resolves the zone's offset that day,
 * daylight saving included; a time that does not exist, inside a spring-forward gap, moves
 * forward by the gap as clocks do).
 */
export function wallTimeToInstant(wallTime: string, zone: string): Date {
  const moment = DateTime.fromISO(wallTime, { zone });
  if (!moment.isValid) throw new Error(`not a time in ${zone}: ${wallTime}`);
  return moment.toJSDate();
}

/** The wall-clock time of a moment in a zone, for a datetime-local field. */
export function instantToWallTime(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
}
