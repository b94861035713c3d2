import type { Capabilities } from "@mockboard/interview";
import type { SessionEventKind, SessionStatus } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { loadSessionAccess } from "../live-session/access";
import { STORAGE_LIMITS, type StorageLimits } from "../storage-limits";

/** The LiveKit webhook events that land on a session's timeline, and the event kind each becomes. */
const KIND_OF = {
  participant_joined: "VIDEO_JOINED",
  participant_left: "VIDEO_LEFT",
  track_published: "VIDEO_TRACK_PUBLISHED",
  track_unpublished: "VIDEO_TRACK_UNPUBLISHED",
} as const satisfies Record<string, SessionEventKind>;

export const VideoEventName = z.enum([
  "participant_joined",
  "participant_left",
  "track_published",
  "track_unpublished",
]);
export type VideoEventName = z.infer<typeof VideoEventName>;

/** A LiveKit webhook event, already signature-checked by the web app, cut to what the timeline keeps. */
export const VideoEvent = z.object({
  /** LiveKit's id for the webhook event: the same event delivered again has the same id. */
  id: z.string().min(1).max(200),
  event: VideoEventName,
  room: z.string().min(1).max(200),
  at: z.date(),
  participant: z.object({
    /** The user id the video token named. */
    identity: z.string().min(1).max(200),
    name: z.string().max(200).optional(),
  }),
  track: z
    .object({
      sid: z.string().max(200),
      /** camera, microphone, screen_share, screen_share_audio. */
      source: z.string().max(40),
      /** audio or video. */
      type: z.string().max(20),
    })
    .optional(),
});
export type VideoEvent = z.infer<typeof VideoEvent>;

export type RecordedVideoEvent =
  | { recorded: true; sessionId: string }
  | { recorded: false; reason: "duplicate" | "unknown-room" | "limit"; sessionId?: string };

/**
 * Puts a join, leave or track publication on the timeline of the session whose LiveKit
 * room it happened in. The webhook's id is unique on SessionEvent, so a webhook delivered
 * twice (LiveKit retries, or two web processes get it) is recorded once; past
 * STORAGE_LIMITS.videoEventsPerSession a session records no more.
 */
export async function recordVideoEvent(
  db: Db,
  input: VideoEvent,
  limits: Pick<StorageLimits, "videoEventsPerSession"> = STORAGE_LIMITS,
): Promise<RecordedVideoEvent> {
  const event = VideoEvent.parse(input);
  const session = await db.interviewSession.findUnique({
    where: { livekitRoom: event.room },
    select: { id: true },
  });
  if (!session) return { recorded: false, reason: "unknown-room" };
  // Someone rejoining in a loop must not grow the timeline without end.
  const kept = await db.sessionEvent.count({
    where: { sessionId: session.id, kind: { in: Object.values(KIND_OF) } },
  });
  if (kept >= limits.videoEventsPerSession)
    return { recorded: false, reason: "limit", sessionId: session.id };
  const actor = await db.user.findUnique({ where: { id: event.participant.identity }, select: { id: true } });
  const { count } = await db.sessionEvent.createMany({
    data: [
      {
        sessionId: session.id,
        kind: KIND_OF[event.event],
        at: event.at,
        actorId: actor?.id ?? null,
        livekitEventId: event.id,
        data: {
          identity: event.participant.identity,
          ...(event.participant.name ? { name: event.participant.name } : {}),
          ...(event.track
            ? { trackSid: event.track.sid, source: event.track.source, trackType: event.track.type }
            : {}),
        },
      },
    ],
    skipDuplicates: true,
  });
  return count === 1
    ? { recorded: true, sessionId: session.id }
    : { recorded: false, reason: "duplicate", sessionId: session.id };
}

export interface VideoRoom {
  sessionId: string;
  room: string;
  status: SessionStatus;
}

/** The LiveKit room of a session and the session's status; null when there is no such session. */
export async function getVideoRoom(db: Db, sessionId: string): Promise<VideoRoom | null> {
  const session = await db.interviewSession.findUnique({
    where: { id: sessionId },
    select: { id: true, livekitRoom: true, status: true },
  });
  return session ? { sessionId: session.id, room: session.livekitRoom, status: session.status } : null;
}

/**
 * What the interview rules let a LiveKit participant (identity = user id) do in a room
 * right now: "none" for a room that is no session's, or someone with no part in it.
 */
export async function videoRightOf(
  db: Db,
  room: string,
  identity: string,
): Promise<{ sessionId: string | null; video: Capabilities["video"] }> {
  const session = await db.interviewSession.findUnique({
    where: { livekitRoom: room },
    select: { id: true },
  });
  if (!session) return { sessionId: null, video: "none" };
  try {
    const access = await loadSessionAccess(db, session.id, identity);
    return { sessionId: session.id, video: access.can.video };
  } catch (error) {
    if (error instanceof NotFoundError) return { sessionId: session.id, video: "none" };
    throw error;
  }
}
