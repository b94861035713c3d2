import { livekitRoomForSession, parseVideoParticipantMetadata } from "@mockboard/protocol";
import { TokenVerifier } from "livekit-server-sdk";
import { describe, expect, it } from "vitest";
import { mintVideoToken, VIDEO_TOKEN_TTL_SECONDS } from "./video-token";

const keys = { apiKey: "test-key", apiSecret: "a-test-secret-that-is-at-least-32-chars" };
const ROOM_A = livekitRoomForSession("sessionAAAAAAAAA");

const mint = (video: "publish" | "subscribe", room = ROOM_A, role: "candidate" | "observer" = "candidate") =>
  mintVideoToken(keys, { identity: "user-1", name: "Ada Lovelace", role, room, video });

describe("video tokens", () => {
  it("name the person, carry their role and open one room for about ten minutes", async () => {
    const { token, expiresAt } = await mint("publish");
    const claims = await new TokenVerifier(keys.apiKey, keys.apiSecret).verify(token);
    expect(claims.sub).toBe("user-1");
    expect(claims.name).toBe("Ada Lovelace");
    expect(parseVideoParticipantMetadata(claims.metadata)).toEqual({ role: "candidate" });
    expect(claims.video).toMatchObject({ room: ROOM_A, roomJoin: true, canSubscribe: true });
    expect((claims.exp ?? 0) - (claims.nbf ?? 0)).toBe(VIDEO_TOKEN_TTL_SECONDS);
    expect(Math.abs(expiresAt - (claims.exp ?? 0) * 1000)).toBeLessThan(2_000);
  });

  it("let interviewer and candidate publish camera, microphone and screen, and nobody send data or admin the room", async () => {
    const claims = await new TokenVerifier(keys.apiKey, keys.apiSecret).verify((await mint("publish")).token);
    expect(claims.video).toMatchObject({
      canPublish: true,
      canPublishData: false,
      canUpdateOwnMetadata: false,
    });
    expect(claims.video?.canPublishSources).toEqual([
      "camera",
      "microphone",
      "screen_share",
      "screen_share_audio",
    ]);
    for (const power of [
      "roomAdmin",
      "roomCreate",
      "roomList",
      "roomRecord",
      "ingressAdmin",
      "hidden",
    ] as const)
      expect(claims.video?.[power]).toBeFalsy();
  });

  it("give an observer a token that cannot publish", async () => {
    const { token } = await mint("subscribe", ROOM_A, "observer");
    const claims = await new TokenVerifier(keys.apiKey, keys.apiSecret).verify(token);
    expect(claims.video).toMatchObject({ canPublish: false, canSubscribe: true, canPublishData: false });
    expect(claims.video?.canPublishSources).toBeUndefined();
    expect(parseVideoParticipantMetadata(claims.metadata)).toEqual({ role: "observer" });
  });

  it("are refused by anyone holding another secret", async () => {
    const { token } = await mint("publish");
    await expect(
      new TokenVerifier(keys.apiKey, "another-secret-that-is-also-32-chars-long").verify(token),
    ).rejects.toThrow();
  });
});
