import "server-only";
import { getVideoRoom, videoRightOf } from "@mockboard/db";
import { isSessionOpen } from "@mockboard/interview";
import { RoomServiceClient } from "livekit-server-sdk";
import { db } from "@/server/db";
import { livekitEnv } from "@/server/env";
import { logger } from "@/server/logger";
import { subscribeToEverySession } from "@/server/session-feed";

// Browsers stop publishing when the room page learns the session ended, but a browser is
// not to be trusted with that: the server closes the call itself. Tokens stop being minted
// when the rules give no video; a token minted before is still good for minutes, so a join
// or publication the rules no longer allow (LiveKit's webhook tells us) is undone, and when
// a session ends or someone loses their place the room is closed or they are removed.

function roomService(): RoomServiceClient | null {
  const livekit = livekitEnv();
  if (!livekit.configured) return null;
  // The SDK speaks HTTP to the same address browsers use (ws:// becomes http://).
  return new RoomServiceClient(livekit.url, livekit.apiKey, livekit.apiSecret);
}

/** LiveKit answers "not found" for a room nobody is in and a participant who already left: both are fine. */
function isNotFound(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 404 || /not (be )?found|does not exist/i.test(String((error as Error).message));
}

async function quietly(what: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!isNotFound(error)) logger().warn({ err: error }, `LiveKit: could not ${what}`);
  }
}

/**
 * Undoes a join or publication the interview rules do not allow now: someone with no video
 * right is removed from the room; an observer cannot publish (the token says so, and
 * LiveKit refuses), so a publication can only come from someone who lost the right.
 */
export async function enforceVideoRight(
  room: string,
  identity: string,
  event: "participant_joined" | "track_published",
): Promise<"allowed" | "removed"> {
  const { video } = await videoRightOf(db(), room, identity);
  if (video === "publish" || (video === "subscribe" && event === "participant_joined")) return "allowed";
  const service = roomService();
  if (service) await quietly("remove a participant", () => service.removeParticipant(room, identity));
  logger().info({ room, identity, event }, "LiveKit: removed a participant the interview rules do not allow");
  return "removed";
}

/** Closes a session's call when the session is over, or removes whoever lost their place in it. */
export async function syncVideoRoom(sessionId: string): Promise<void> {
  const service = roomService();
  const room = await getVideoRoom(db(), sessionId);
  if (!service || !room) return;
  if (!isSessionOpen(room.status)) {
    await quietly("close a room", () => service.deleteRoom(room.room));
    return;
  }
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
