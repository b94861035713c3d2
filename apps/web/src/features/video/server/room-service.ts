import "server-only";
import { RoomServiceClient } from "livekit-server-sdk";
import { livekitEnv } from "@/server/env";
import { logger } from "@/server/logger";
import { VIDEO_TOKEN_TTL_SECONDS } from "./video-token";

/** A LiveKit call that does not answer in this long fails (the token route then answers 5xx and the browser retries). */
const REQUEST_TIMEOUT_SECONDS = 5;

/**
 * LiveKit's server API, at the address browsers use (ws:// becomes http://). With several
 * LiveKit nodes on Redis that address is the balancer in front of them, and any node
 * serves any room.
 */
export function roomService(): RoomServiceClient | null {
  const livekit = livekitEnv();
  if (!livekit.configured) return null;
  return new RoomServiceClient(livekit.url, livekit.apiKey, livekit.apiSecret, {
    requestTimeout: REQUEST_TIMEOUT_SECONDS,
  });
}

/** LiveKit answers "not found" for a room nobody is in and a participant who already left: both are fine. */
function isNotFound(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 404 || /not (be )?found|does not exist/i.test(String((error as Error).message));
}

/** Runs a clean-up call, logging a failure other than "already gone". */
export async function quietly(what: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!isNotFound(error)) logger().warn({ err: error, what }, `LiveKit: could not ${what}`);
  }
}

/**
 * Makes sure a session's room exists before a token for it is handed out. LiveKit is set up
 * never to create a room on join (`room.auto_create: false`), so a room the web app closed
 * stays closed to every token minted for it. Nobody joining within a token's life closes it.
 */
export async function openVideoRoom(service: RoomServiceClient, room: string): Promise<void> {
  await service.createRoom({ name: room, emptyTimeout: VIDEO_TOKEN_TTL_SECONDS });
}
