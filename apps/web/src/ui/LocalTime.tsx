"use client";

import { useViewerZone } from "./use-viewer-zone";

const SERVER_LOCALE = "en-GB";

/** "12 Mar 2026, 14:05 CET": date, time and the zone's name, in `timeZone`. */
export function formatZonedTime(iso: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

/**
 * A moment shown in the viewer's time zone, with the zone named. The server (and the
 * hydrating browser) render UTC; the browser then re-renders in its own zone, so the
 * markup never mismatches and no hydration warning needs silencing.
 */
export function LocalTime({ iso }: { iso: string }) {
  // The server does not know the viewer's zone: it renders UTC, and so does hydration.
  const zone = useViewerZone();
  return (
    <time dateTime={iso} title={zone ?? "UTC"}>
      {zone ? formatZonedTime(iso, zone) : formatZonedTime(iso, "UTC", SERVER_LOCALE)}
    </time>
  );
}
