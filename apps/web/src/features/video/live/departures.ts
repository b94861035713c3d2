/** How long someone who dropped out of the call counts as reconnecting (a reload takes a few seconds). */
export const RECONNECT_GRACE_MS = 20_000;

/** Someone who was in the call and is not any more. */
export interface Departure {
  identity: string;
  name: string;
  /** When their connection went (this browser's clock). */
  at: number;
}

/** What the other side is told: "reconnecting" for a grace period after someone drops, then "left". */
export function departureState(departure: Departure, now: number): "reconnecting" | "left" {
  return now - departure.at < RECONNECT_GRACE_MS ? "reconnecting" : "left";
}

export function departureText(departure: Departure, now: number): string {
  return departureState(departure, now) === "reconnecting"
    ? `${departure.name} is reconnecting…`
    : `${departure.name} left the call`;
}
