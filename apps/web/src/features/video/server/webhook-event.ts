import "server-only";
import { type VideoEvent, VideoEventName } from "@mockboard/db";
import { TrackSource, TrackType, type WebhookEvent } from "livekit-server-sdk";

const SOURCE_NAMES: Partial<Record<TrackSource, string>> = {
  [TrackSource.CAMERA]: "camera",
  [TrackSource.MICROPHONE]: "microphone",
  [TrackSource.SCREEN_SHARE]: "screen_share",
  [TrackSource.SCREEN_SHARE_AUDIO]: "screen_share_audio",
};
const TYPE_NAMES: Partial<Record<TrackType, string>> = {
  [TrackType.AUDIO]: "audio",
  [TrackType.VIDEO]: "video",
};

/**
 * When it happened. LiveKit stamps events in whole seconds; when the webhook arrives within
 * that second, the arrival time keeps the order of a join and its first publication.
 */
function timeOf(event: WebhookEvent, receivedAt: number): Date {
  const seconds = Number(event.createdAt);
  if (!seconds) return new Date(receivedAt);
  return Math.floor(receivedAt / 1000) === seconds ? new Date(receivedAt) : new Date(seconds * 1000);
}

/** The timeline's view of a webhook, or null for an event the timeline does not keep (room started, egress...). */
export function videoEventFrom(event: WebhookEvent, receivedAt = Date.now()): VideoEvent | null {
  const name = VideoEventName.safeParse(event.event);
  if (!name.success || !event.id || !event.room?.name || !event.participant?.identity) return null;
  return {
    id: event.id,
    event: name.data,
    room: event.room.name,
    at: timeOf(event, receivedAt),
    participant: {
      identity: event.participant.identity,
      ...(event.participant.name ? { name: event.participant.name } : {}),
    },
    ...(event.track
      ? {
          track: {
            sid: event.track.sid,
            source: SOURCE_NAMES[event.track.source] ?? "unknown",
            type: TYPE_NAMES[event.track.type] ?? "unknown",
          },
        }
      : {}),
  };
}
