import "server-only";
import { recordVideoEvent } from "@mockboard/db";
import { sessionIdForLivekitRoom } from "@mockboard/protocol";
import { type WebhookEvent, WebhookReceiver } from "livekit-server-sdk";
import { NextResponse } from "next/server";
import { db } from "@/server/db";
import { livekitEnv } from "@/server/env";
import { HttpError } from "@/server/http/http-error";
import { readBodyText } from "@/server/http/request-body";
import { route } from "@/server/http/route";
import { enforceVideoRight, guardVideoRooms } from "./room-guard";
import { videoEventFrom } from "./webhook-event";

/** LiveKit's webhook bodies are a few hundred bytes; anything near this is not LiveKit. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * LiveKit's webhook: joins, leaves and track publications become events on the session's
 * timeline. The signature (a JWT signed with the API secret, carrying the body's sha256)
 * is checked before anything is read or recorded; a bad one is 401.
 */
export const livekitWebhookPOST = route({}, async ({ request }) => {
  const livekit = livekitEnv();
  if (!livekit.configured) throw new HttpError(503, "Video is off: this server has no LiveKit configured");
  // Read as it streams in, refused the moment it passes the cap (as every route's body is).
  const body = await readBodyText(request, MAX_BODY_BYTES);
  let event: WebhookEvent;
  try {
    event = await new WebhookReceiver(livekit.apiKey, livekit.apiSecret).receive(
      body,
      request.headers.get("authorization") ?? undefined,
    );
  } catch (error) {
    // The signature is checked first: a body that fails to parse after it was signed is LiveKit's bug.
    if (error instanceof SyntaxError) throw new HttpError(400, "The webhook body is not valid JSON");
    throw new HttpError(401, "Webhook signature check failed");
  }
  guardVideoRooms();
  const videoEvent = videoEventFrom(event);
  if (!videoEvent) return NextResponse.json({ recorded: false, reason: "ignored" });
  const result = await recordVideoEvent(db(), videoEvent);
  // Any room this app named, a session's current one or one it closed, is held to the rules.
  if (
    sessionIdForLivekitRoom(videoEvent.room) &&
    (videoEvent.event === "participant_joined" || videoEvent.event === "track_published")
  )
    await enforceVideoRight(videoEvent.room, videoEvent.participant.identity, videoEvent.event);
  return NextResponse.json(result);
});
