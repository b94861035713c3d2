import * as z from "zod/mini";

// LiveKit rooms: one per interview session. The web app puts the name in a token's grant
// (LiveKit then lets the token join that room and no other) and finds the session again
// from the name LiveKit's webhooks carry.

const PREFIX = "room-";

/** A session's LiveKit room name: `room-<session id>`. */
export const LivekitRoomName = z
  .string()
  .check(z.maxLength(80), z.regex(/^room-[A-Za-z0-9_-]{8,64}$/, "LiveKit room names are room-<session id>"));
export type LivekitRoomName = z.infer<typeof LivekitRoomName>;

/** The LiveKit room of an interview session. Room names are made here and nowhere else. */
export function livekitRoomForSession(sessionId: string): LivekitRoomName {
  return LivekitRoomName.parse(`${PREFIX}${sessionId}`);
}

/** The session a room name belongs to, or null for a name this app never made. */
export function sessionIdForLivekitRoom(room: string): string | null {
  return LivekitRoomName.safeParse(room).success ? room.slice(PREFIX.length) : null;
}

/**
 * What a video token carries in the participant's metadata, so every browser in the room
 * can label a tile with the person's part in the interview.
 */
export const VideoParticipantMetadata = z.object({
  role: z.enum(["interviewer", "candidate", "observer"]),
});
export type VideoParticipantMetadata = z.infer<typeof VideoParticipantMetadata>;

/** The metadata of a participant, or null when it is missing or not ours. */
export function parseVideoParticipantMetadata(metadata: string | undefined): VideoParticipantMetadata | null {
  if (!metadata) return null;
  try {
    const parsed = VideoParticipantMetadata.safeParse(JSON.parse(metadata));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
