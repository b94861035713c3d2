import "server-only";
import { getVideoRoom, videoRightOf } from "@mockboard/db";
import { isSessionOpen } from "@mockboard/interview";
import { previousLivekitRoom } from "@mockboard/protocol";
import { db } from "@/server/db";
import { livekitEnv } from "@/server/env";
import { logger } from "@/server/logger";
import { subscribeToEverySession } from "@/server/session-feed";
import { quietly, roomService } from "./room-service";

// Browsers stop publishing when the room page learns the session ended, but a browser is
// not to be trusted with that: the server closes the call itself. Tokens are minted only
// while the rules give video and live two minutes; LiveKit never opens a room on a join.
// When a session ends its room is deleted, and when someone is removed the session moves to
// its next room and the old one is deleted: tokens for it (LiveKit's refreshed ones too)
// then open nothing. A join or publication the rules no longer allow (LiveKit's webhook
// tells us) is undone as a last line.

/**
 * Undoes a join or publication the interview rules do not allow now: a room that is no open
 * session's current room (ended, cancelled, or left behind by a removal) is deleted whole;
 * in a live one, someone with no video right is removed. An observer cannot publish (the
 * token says so, and LiveKit refuses), so a publication can only come from someone who lost
 * the right.
 */
export async function enforceVideoRight(
  room: string,
  identity: string,
  event: "participant_joined" | "track_published",
): Promise<"allowed" | "removed" | "closed"> {
  const { sessionId, video } = await videoRightOf(db(), room, identity);
  if (video === "publish" || (video === "subscribe" && event === "participant_joined")) return "allowed";
  const service = roomService();
  const current = sessionId ? await getVideoRoom(db(), sessionId) : null;
  if (!current || !isSessionOpen(current.status)) {
    if (service) await quietly("close a room", () => service.deleteRoom(room));
    logger().info({ room, identity, event }, "LiveKit: closed a room that is no open session's");
    return "closed";
  }
  if (service) await quietly("remove a participant", () => service.removeParticipant(room, identity));
  logger().info({ room, identity, event }, "LiveKit: removed a participant the interview rules do not allow");
  return "removed";
}

/**
 * Closes a session's call when the session is over, closes the room it left when someone
 * was removed (everyone else's browser asks the web app and joins the new one), and removes
 * whoever lost their place in the current one. The routes that end, cancel or remove call
 * it at once; every web process also runs it on the session feed's changes.
 */
export async function syncVideoRoom(sessionId: string): Promise<void> {
  const service = roomService();
  const room = await getVideoRoom(db(), sessionId);
  if (!service || !room) return;
  if (!isSessionOpen(room.status)) {
    await quietly("close a room", () => service.deleteRoom(room.room));
    return;
  }
  const left = previousLivekitRoom(room.room);
  if (left) await quietly("close a room left behind", () => service.deleteRoom(left));
  let participants: { identity: string }[] = [];
  await quietly("list a room's participants", async () => {
    participants = await service.listParticipants(room.room);
  });
  for (const { identity } of participants) {
    const { video } = await videoRightOf(db(), room.room, identity);
    if (video === "none")
      await quietly("remove a participant", () => service.removeParticipant(room.room, identity));
  }
}

// Started once per process (on globalThis, as Next may evaluate this module in more than
// one bundle); it shares the process's one session feed LISTEN with the room's streams.
const KEY = Symbol.for("mockboard.videoRoomGuard");
const holder = globalThis as unknown as Record<symbol, true | undefined>;

/**
 * Starts (once per process) closing calls as sessions end: every status or participant
 * change is checked against the rules. Started when the server boots (instrumentation.ts);
 * the first video token or webhook starts it too, where no boot hook ran.
 */
export function guardVideoRooms(): void {
  if (holder[KEY] || !livekitEnv().configured) return;
  holder[KEY] = true;
  subscribeToEverySession((change) => {
    if (change.kind !== "status" && change.kind !== "participants") return;
    syncVideoRoom(change.sessionId).catch((error) =>
      logger().warn({ err: error, sessionId: change.sessionId }, "LiveKit: could not sync a room"),
    );
  });
}
