import type { CohortRole } from "@mockboard/db/types";

export const ROLE_LABELS: Record<CohortRole, string> = { OWNER: "Owner", COACH: "Coach", MEMBER: "Member" };

/** "Europe/Berlin (CET)": a zone by name and by its short name now. */
export function zoneWithAbbreviation(zone: string, at = new Date()): string {
  const short = new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "short" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  return short && short !== zone ? `${zone} (${short})` : zone;
}
