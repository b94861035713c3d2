import type { ConnectionStatus } from "@mockboard/board";
import type { FeedStatus } from "./use-room-state";

/**
 * The room's connection as one word: quiet while "good" or "connecting", loud otherwise.
 * "refused": the board refused this person; "stopped": the room's live feed did.
 */
export type RoomConnection = "good" | "connecting" | "reconnecting" | "offline" | "refused" | "stopped";

/**
 * One answer from the three things that can go: the browser's network, the room's live feed
 * and the board's socket. The worst wins: offline, then a refusal (the board's, then the
 * feed's), then reconnecting.
 */
export function roomConnection(
  online: boolean,
  feed: FeedStatus,
  board: ConnectionStatus | null,
): RoomConnection {
  if (!online || board === "offline") return "offline";
  if (board === "refused") return "refused";
  if (feed === "refused") return "stopped";
  if (feed === "reconnecting") return "reconnecting";
  if (feed === "connecting" || board === "connecting") return "connecting";
  return "good";
}
