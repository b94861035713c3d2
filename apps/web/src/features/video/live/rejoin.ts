import { ConnectionState, DisconnectReason } from "livekit-client";

/** How a call ended when it was not this person's own "Leave". */
export interface CallEnd {
  kind: "ended" | "removed" | "duplicate" | "refused" | "failed";
  message: string;
}

/** Where this client's own connection loop stands. */
export type CallPhase = "connecting" | "connected" | "rejoining" | "failed";

/** What the person is shown: the loop's phase merged with LiveKit's own reconnection. */
export type CallState = "connecting" | "reconnecting" | "connected" | "failed";

/** After LiveKit's own reconnection gives up, join again this many times before asking the person. */
export const MAX_REJOINS = 6;

/**
 * What a disconnect means: the call is over (the server removed this person, or another tab
 * took the identity), this person left on purpose, or the client joins again. A deleted
 * room is joined again too: the web app deletes it when the session ends (the next token is
 * refused, which ends the call) and when someone is removed (the session's call moved to a
 * new room, which the next token opens).
 */
export function afterDisconnect(reason: DisconnectReason | undefined): CallEnd | "left" | "rejoin" {
  if (reason === DisconnectReason.PARTICIPANT_REMOVED)
    return { kind: "removed", message: "You were removed from the call." };
  if (reason === DisconnectReason.DUPLICATE_IDENTITY)
    return {
      kind: "duplicate",
      message: "You joined the call in another tab or window, so this one left.",
    };
  if (reason === DisconnectReason.CLIENT_INITIATED) return "left";
  return "rejoin";
}

/** The wait before rejoin number `failures` (1-based), or null once the client should give up. */
export function rejoinDelay(failures: number): number | null {
  if (failures > MAX_REJOINS) return null;
  return Math.min(8_000, 500 * 2 ** failures);
}

export function callState(phase: CallPhase, connection: ConnectionState): CallState {
  if (phase === "failed") return "failed";
  const reconnecting =
    phase === "rejoining" ||
    connection === ConnectionState.Reconnecting ||
    connection === ConnectionState.SignalReconnecting;
  if (reconnecting) return "reconnecting";
  return phase === "connected" ? "connected" : "connecting";
}
