// Starts the real LiveKit server (built once by scripts/livekit-server.sh; `npm test`
// builds it before the tests) and talks to it with LiveKit's own server SDK.
import { readFileSync } from "node:fs";
import { AccessToken, RoomServiceClient } from "livekit-server-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cachedLivekitBinary,
  type LivekitHandle,
  livekitBinary,
  pinnedLivekitVersion,
  startLivekit,
} from "./livekit";
import { portInUse } from "./processes";

let livekit: LivekitHandle;

beforeAll(async () => {
  livekit = await startLivekit({ quiet: true });
}, 600_000);

afterAll(async () => {
  await livekit?.stop();
});

/** Local addresses (hex ip:port) of sockets listening on `port`, from /proc/net. */
function listeningAddresses(file: "tcp" | "udp" | "tcp6" | "udp6", port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return readFileSync(`/proc/net/${file}`, "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/)[1] ?? "")
    .filter((local) => local.endsWith(`:${hexPort}`));
}

describe("startLivekit", () => {
  it("answers OK over HTTP on the loopback port it reports", async () => {
    expect(livekit.url).toBe(`ws://127.0.0.1:${livekit.port}`);
    const response = await fetch(`${livekit.httpUrl}/`);
    expect(await response.text()).toBe("OK");
  });

  it("listens for signalling and media on 127.0.0.1 only", () => {
    const signalling = listeningAddresses("tcp", livekit.port);
    const media = listeningAddresses("udp", livekit.rtcPorts.udp);
    expect(signalling.length).toBeGreaterThan(0);
    expect(media.length).toBeGreaterThan(0);
    // 0100007F is 127.0.0.1 in /proc/net's little-endian hex; nothing on /proc/net/*6 either.
    for (const address of [...signalling, ...media]) expect(address.startsWith("0100007F:")).toBe(true);
    expect(listeningAddresses("tcp6", livekit.port)).toEqual([]);
    expect(listeningAddresses("udp6", livekit.rtcPorts.udp)).toEqual([]);
  });

  it("creates and lists a room for a client holding its keys", async () => {
    const rooms = new RoomServiceClient(livekit.httpUrl, livekit.apiKey, livekit.apiSecret);
    const name = `devkit-test-${Date.now()}`;
    await rooms.createRoom({ name, emptyTimeout: 60 });
    const listed = await rooms.listRooms([name]);
    expect(listed.map((room) => room.name)).toEqual([name]);
    await rooms.deleteRoom(name);
  });

  it("refuses a client that signs with the wrong secret", async () => {
    const rooms = new RoomServiceClient(livekit.httpUrl, livekit.apiKey, "x".repeat(40));
    await expect(rooms.listRooms()).rejects.toMatchObject({ status: 401 });
    await expect(rooms.createRoom({ name: "never-created" })).rejects.toMatchObject({ status: 401 });
    const honest = new RoomServiceClient(livekit.httpUrl, livekit.apiKey, livekit.apiSecret);
    expect((await honest.listRooms(["never-created"])).length).toBe(0);
  });

  const validate = async (secret: string, room: string) => {
    const token = new AccessToken(livekit.apiKey, secret, { identity: "devkit-test", ttl: "1m" });
    token.addGrant({ roomJoin: true, room });
    const response = await fetch(`${livekit.httpUrl}/rtc/validate?access_token=${await token.toJwt()}`);
    return response.status;
  };

  it("accepts a join token minted with its keys and refuses one minted with another secret", async () => {
    const rooms = new RoomServiceClient(livekit.httpUrl, livekit.apiKey, livekit.apiSecret);
    await rooms.createRoom({ name: "devkit-validate", emptyTimeout: 60 });
    expect(await validate(livekit.apiSecret, "devkit-validate")).toBe(200);
    expect(await validate("y".repeat(40), "devkit-validate")).toBe(401);
    await rooms.deleteRoom("devkit-validate");
  });

  it("never makes a room for a join: a token for a room nobody created, or one deleted, opens nothing", async () => {
    const rooms = new RoomServiceClient(livekit.httpUrl, livekit.apiKey, livekit.apiSecret);
    expect(await validate(livekit.apiSecret, "devkit-never-created")).toBe(404);
    await rooms.createRoom({ name: "devkit-deleted", emptyTimeout: 60 });
    await rooms.deleteRoom("devkit-deleted");
    expect(await validate(livekit.apiSecret, "devkit-deleted")).toBe(404);
    expect(await rooms.listRooms(["devkit-never-created", "devkit-deleted"])).toEqual([]);
  });

  it("refuses an API secret shorter than 32 characters before starting anything", async () => {
    await expect(startLivekit({ apiSecret: "short", binary: "/nonexistent" })).rejects.toThrow(
      /32 characters/,
    );
  });

  // A second real server: starting and draining it takes seconds on a busy machine.
  it("frees its port when stopped", { timeout: 30_000 }, async () => {
    const other = await startLivekit({ quiet: true });
    expect(await portInUse(other.port)).toBe(true);
    await other.stop();
    expect(await portInUse(other.port)).toBe(false);
  });
});

describe("livekitBinary", () => {
  it("uses the version pinned in infra/livekit/go.mod and caches it in .tools keyed by that version", () => {
    expect(pinnedLivekitVersion()).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(cachedLivekitBinary()).toMatch(
      new RegExp(`/\\.tools/livekit-server-${pinnedLivekitVersion()}/livekit-server$`),
    );
  });

  it("says so when LIVEKIT_SERVER_BIN names no executable", async () => {
    const saved = process.env.LIVEKIT_SERVER_BIN;
    process.env.LIVEKIT_SERVER_BIN = "/nonexistent/livekit-server";
    try {
      await expect(livekitBinary()).rejects.toThrow(
        /LIVEKIT_SERVER_BIN=\/nonexistent\/livekit-server is not an executable/,
      );
    } finally {
      if (saved === undefined) delete process.env.LIVEKIT_SERVER_BIN;
      else process.env.LIVEKIT_SERVER_BIN = saved;
    }
  });
});
