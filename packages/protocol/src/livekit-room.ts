import * as z from "zod/mini";

// LiveKit rooms: one per interview session at a time. The web app puts the name in a
// token's grant (LiveKit then lets the token join that room and no other) and finds the
// session again from the name LiveKit's webhooks carry. Removing someone moves the session
// to its next room (`room-<id>.1`, `.2`...) and closes the old one: every token for the old
// room, LiveKit's own refreshed ones included, then opens nothing (rooms are never made by a
// join, only by the web app for an open session).

const PREFIX = "room-";
const NAME = /^room-([A-Za-z0-9_-]{8,64})(?:\.([1-9][0-9]{0,5}))?$/;

/** A session's LiveKit room name: `room-<session id>`, then `room-<session id>.<n>` after n moves. */
export const LivekitRoomName = z
  .string()
  .check(z.maxLength(80), z.regex(NAME, "LiveKit room names are room-<session id>[.<n>]"));
export type LivekitRoomName = z.infer<typeof LivekitRoomName>;

/** The first LiveKit room of an interview session. Room names are made here and nowhere else. */
export function livekitRoomForSession(sessionId: string): LivekitRoomName {
  return LivekitRoomName.parse(`${PREFIX}${sessionId}`);
}

/** The session a room name belongs to (whichever of its rooms), or null for a name this app never made. */
export function sessionIdForLivekitRoom(room: string): string | null {
  return NAME.exec(room)?.[1] ?? null;
}

/** The room a session moves to from `room` (whose tokens must stop working). */
export function nextLivekitRoom(room: string): LivekitRoomName {
  const match = NAME.exec(room);
  if (!match) throw new Error(`not a session's LiveKit room: ${room}`);
  return LivekitRoomName.parse(`${PREFIX}${match[1]}.${Number(match[2] ?? 0) + 1}`);
}

/** The room a session had before it moved to `room`, or null for its first room. */
export function previousLivekitRoom(room: string): LivekitRoomName | null {
  const match = NAME.exec(room);
  if (!match?.[2]) return null;
  const before = Number(match[2]) - 1;
  return LivekitRoomName.parse(before === 0 ? `${PREFIX}${match[1]}` : `${PREFIX}${match[1]}.${before}`);
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
