import { describe, expect, it } from "vitest";
import {
  LivekitRoomName,
  livekitRoomForSession,
  nextLivekitRoom,
  parseVideoParticipantMetadata,
  previousLivekitRoom,
  sessionIdForLivekitRoom,
} from "./livekit-room";

describe("LiveKit room names", () => {
  it("give each session its own room and lead back to that session", () => {
    const room = livekitRoomForSession("AbC_12-xyzAbC_12");
    expect(room).toBe("room-AbC_12-xyzAbC_12");
    expect(sessionIdForLivekitRoom(room)).toBe("AbC_12-xyzAbC_12");
    expect(livekitRoomForSession("other-session-id")).not.toBe(room);
  });

  it("move a session to a new room after a removal, each leading back to the session and the room before", () => {
    const first = livekitRoomForSession("AbC_12-xyzAbC_12");
    const second = nextLivekitRoom(first);
    const third = nextLivekitRoom(second);
    expect([second, third]).toEqual(["room-AbC_12-xyzAbC_12.1", "room-AbC_12-xyzAbC_12.2"]);
    expect(sessionIdForLivekitRoom(third)).toBe("AbC_12-xyzAbC_12");
    expect(previousLivekitRoom(third)).toBe(second);
    expect(previousLivekitRoom(second)).toBe(first);
    expect(previousLivekitRoom(first)).toBeNull();
    expect(() => nextLivekitRoom("someone-elses-room")).toThrow();
  });

  it("refuse a session id that would make an odd room name", () => {
    expect(() => livekitRoomForSession("")).toThrow();
    expect(() => livekitRoomForSession("has space in it")).toThrow();
    expect(() => livekitRoomForSession("x".repeat(65))).toThrow();
  });

  it("find no session for a room this app did not name", () => {
    expect(sessionIdForLivekitRoom("someone-elses-room")).toBeNull();
    expect(sessionIdForLivekitRoom("room-")).toBeNull();
    expect(LivekitRoomName.safeParse("room-../../etc").success).toBe(false);
    expect(sessionIdForLivekitRoom("room-AbC_12-xyzAbC_12.0")).toBeNull();
    expect(sessionIdForLivekitRoom("room-AbC_12-xyzAbC_12.x")).toBeNull();
  });
});

describe("video participant metadata", () => {
  it("reads the role a token carries and nothing from anything else", () => {
    expect(parseVideoParticipantMetadata(JSON.stringify({ role: "observer" }))).toEqual({ role: "observer" });
    expect(parseVideoParticipantMetadata(JSON.stringify({ role: "admin" }))).toBeNull();
    expect(parseVideoParticipantMetadata("{not json")).toBeNull();
    expect(parseVideoParticipantMetadata(undefined)).toBeNull();
  });
});
