import { createHash } from "node:crypto";
import { AccessToken, TrackSource, TrackType, WebhookReceiver } from "livekit-server-sdk";
import { describe, expect, it } from "vitest";
import { videoEventFrom } from "./webhook-event";

const keys = { apiKey: "test-key", apiSecret: "a-test-secret-that-is-at-least-32-chars" };

/** Signs a webhook body as LiveKit does: a JWT from the API key and secret carrying the body's sha256. */
async function signLikeLivekit(body: string, secret = keys.apiSecret): Promise<string> {
  const token = new AccessToken(keys.apiKey, secret, { ttl: "5m" });
  token.sha256 = createHash("sha256").update(body).digest("base64");
  return token.toJwt();
}

const createdAt = 1_764_500_000;
const joined = {
  id: "EV_join1",
  event: "participant_joined",
  createdAt: String(createdAt),
  room: { sid: "RM_1", name: "room-abcdefghABCDEFGH" },
  participant: { sid: "PA_1", identity: "user-1", name: "Ada Lovelace", metadata: '{"role":"candidate"}' },
};
const published = {
  ...joined,
  id: "EV_pub1",
  event: "track_published",
  track: { sid: "TR_1", type: "VIDEO", source: "CAMERA" },
};

async function receive(payload: unknown, secret?: string) {
  const body = JSON.stringify(payload);
  return new WebhookReceiver(keys.apiKey, keys.apiSecret).receive(body, await signLikeLivekit(body, secret));
}

describe("LiveKit webhooks as timeline events", () => {
  it("read a join: who, in which room, when", async () => {
    const event = videoEventFrom(await receive(joined), createdAt * 1000 + 5_000);
    expect(event).toEqual({
      id: "EV_join1",
      event: "participant_joined",
      room: "room-abcdefghABCDEFGH",
      at: new Date(createdAt * 1000),
      participant: { identity: "user-1", name: "Ada Lovelace" },
    });
  });

  it("keep the arrival time's milliseconds when it arrives within the second LiveKit stamped", async () => {
    const event = videoEventFrom(await receive(joined), createdAt * 1000 + 420);
    expect(event?.at.getTime()).toBe(createdAt * 1000 + 420);
  });

  it("read which track was published", async () => {
    const event = videoEventFrom(await receive(published));
    expect(event?.track).toEqual({ sid: "TR_1", source: "camera", type: "video" });
    const microphone = await receive({
      ...published,
      track: { sid: "TR_2", type: "AUDIO", source: "MICROPHONE" },
    });
    expect(microphone.track?.type).toBe(TrackType.AUDIO);
    expect(microphone.track?.source).toBe(TrackSource.MICROPHONE);
    expect(videoEventFrom(microphone)?.track).toEqual({ sid: "TR_2", source: "microphone", type: "audio" });
  });

  it("leave out events the timeline does not keep", async () => {
    expect(videoEventFrom(await receive({ ...joined, event: "room_started" }))).toBeNull();
    expect(videoEventFrom(await receive({ ...joined, event: "egress_started" }))).toBeNull();
    expect(videoEventFrom(await receive({ ...joined, id: "" }))).toBeNull();
  });

  it("come only with LiveKit's signature: another secret or another body is refused", async () => {
    await expect(receive(joined, "not-the-server-secret-but-32-chars-long")).rejects.toThrow();
    const receiver = new WebhookReceiver(keys.apiKey, keys.apiSecret);
    const signed = await signLikeLivekit(JSON.stringify(joined));
    await expect(receiver.receive(JSON.stringify({ ...joined, id: "EV_other" }), signed)).rejects.toThrow(
      /sha256/,
    );
    await expect(receiver.receive(JSON.stringify(joined), undefined)).rejects.toThrow();
  });
});
