import "server-only";
import type { VideoParticipantMetadata } from "@mockboard/protocol";
import { AccessToken, TrackSource, type VideoGrant } from "livekit-server-sdk";

/**
 * How long a token may be used to join. LiveKit checks it only at the join, so a call goes
 * on past it; the browser asks the web app (and so the interview rules) for a new one
 * before every join and rejoin.
 */
export const VIDEO_TOKEN_TTL_SECONDS = 2 * 60;

/** What a publisher may send: camera, microphone and a shared screen (with its audio). */
const PUBLISH_SOURCES = [
  TrackSource.CAMERA,
  TrackSource.MICROPHONE,
  TrackSource.SCREEN_SHARE,
  TrackSource.SCREEN_SHARE_AUDIO,
];

export interface VideoTokenRequest {
  /** The user id: LiveKit's identity, and the actor of the session's video events. */
  identity: string;
  name: string;
  role: VideoParticipantMetadata["role"];
  /** The session's room (livekitRoomForSession): the only room the token opens. */
  room: string;
  /** The interview rules' video right; "none" never gets a token. */
  video: "publish" | "subscribe";
}

/** The grant a video token carries: one room, publish only for whoever the rules let publish, never data. */
export function videoGrantFor(request: Pick<VideoTokenRequest, "room" | "video">): VideoGrant {
  const canPublish = request.video === "publish";
  return {
    room: request.room,
    roomJoin: true,
    canPublish,
    ...(canPublish ? { canPublishSources: PUBLISH_SOURCES } : {}),
    canSubscribe: true,
    canPublishData: false,
    canUpdateOwnMetadata: false,
  };
}

/** Mints a LiveKit access token for one person in one session's room. */
export async function mintVideoToken(
  keys: { apiKey: string; apiSecret: string },
  request: VideoTokenRequest,
  ttlSeconds = VIDEO_TOKEN_TTL_SECONDS,
): Promise<{ token: string; expiresAt: number }> {
  const metadata: VideoParticipantMetadata = { role: request.role };
  const token = new AccessToken(keys.apiKey, keys.apiSecret, {
    identity: request.identity,
    name: request.name,
    metadata: JSON.stringify(metadata),
    ttl: ttlSeconds,
  });
  token.addGrant(videoGrantFor(request));
  const expiresAt = Date.now() + ttlSeconds * 1000;
  return { token: await token.toJwt(), expiresAt };
}
