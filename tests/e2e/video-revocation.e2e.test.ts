import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { seedSession } from "@mockboard/db/testing/factories";
import { RoomServiceClient } from "livekit-server-sdk";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { type CohortCast, seedCohortCast, testDb } from "./support/db";
import { framesFrom } from "./support/video";

// #19 finding 8: a removed candidate, or anyone after the session ended, must receive no
// media at all, whatever token they kept. Two people in a call in Chromium through the real
// LiveKit server; then the tokens their browsers were given are replayed by a bare
// livekit-client page (a client that does whatever its token lets it), and the frames it
// decodes are counted from its peer connections' inbound-rtp statistics.

const livekit = () => inject("livekit");
const rooms = () => new RoomServiceClient(livekit().httpUrl, livekit().apiKey, livekit().apiSecret);

let browser: Browser;
const contexts: BrowserContext[] = [];
let replayServer: Server;
let replayUrl: string;
const figures: Record<string, number> = {};

/**
 * A page with nothing but livekit-client, served from 127.0.0.1 (a secure context, so the
 * fake camera works). Every RTCPeerConnection it makes is kept so its statistics can be read.
 */
function serveReplayPage(): Promise<string> {
  // livekit-client's "require" build is its UMD bundle, which sets window.LivekitClient.
  const umd = readFileSync(createRequire(import.meta.url).resolve("livekit-client"));
  const html = `<!doctype html><meta charset="utf-8"><title>replay</title>
<script>
  window.connections = [];
  const Native = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Native {
    constructor(...args) { super(...args); window.connections.push(this); }
  };
</script>
<script src="/livekit-client.umd.js"></script>`;
  replayServer = createServer((request, response) => {
    if (request.url === "/livekit-client.umd.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(umd);
      return;
    }
    response.writeHead(200, { "content-type": "text/html" }).end(html);
  });
  return new Promise((resolve) =>
    replayServer.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(replayServer.address() as AddressInfo).port}/`),
    ),
  );
}

interface Replay {
  /** Whether LiveKit let the token in. */
  joined: boolean;
  /** Video frames decoded from anyone in the room, summed over every peer connection. */
  framesDecoded: number;
  error?: string;
}

/**
 * Joins LiveKit with a kept token as a client that ignores everything but its token would,
 * publishing the fake camera when `publish`. Once in, it watches until the server hangs up,
 * a frame is decoded, or `watchMs` passes; refused at the door, there is nothing to watch.
 */
async function replay(token: string, options: { publish?: boolean; watchMs?: number } = {}): Promise<Replay> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(replayUrl);
  return page.evaluate(
    async ({ url, token, publish, watchMs }) => {
      const { Room, RoomEvent } = (window as unknown as { LivekitClient: typeof import("livekit-client") })
        .LivekitClient;
      const connections = (window as unknown as { connections: RTCPeerConnection[] }).connections;
      const framesDecoded = async () => {
        let frames = 0;
        for (const connection of connections)
          (await connection.getStats()).forEach((stat) => {
            if (stat.type === "inbound-rtp" && stat.kind === "video") frames += stat.framesDecoded ?? 0;
          });
        return frames;
      };
      const room = new Room();
      try {
        await room.connect(url, token);
      } catch (error) {
        return { joined: false, framesDecoded: await framesDecoded(), error: String(error) };
      }
      if (publish) await room.localParticipant.setCameraEnabled(true).catch(() => undefined);
      const hungUp = new Promise<void>((resolve) => room.once(RoomEvent.Disconnected, () => resolve()));
      const deadline = performance.now() + watchMs;
      let frames = 0;
      while (performance.now() < deadline) {
        frames = await framesDecoded();
        if (frames > 0 && !publish) break;
        const stop = await Promise.race([
          hungUp.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 200)),
        ]);
        if (stop) break;
      }
      frames = Math.max(frames, await framesDecoded());
      return { joined: true, framesDecoded: frames };
    },
    { url: livekit().url, token, publish: options.publish ?? false, watchMs: options.watchMs ?? 15_000 },
  );
}

async function openAs(user: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, user);
  return page;
}

/** The newest video token the room page was given, as its own requests saw it. */
function keepTokens(page: Page): { latest: () => string } {
  let latest = "";
  page.on("response", (response) => {
    if (!response.url().endsWith("/video-token") || !response.ok()) return;
    void response
      .json()
      .then((body: { token: string }) => {
        latest = body.token;
      })
      .catch(() => undefined);
  });
  return {
    latest: () => {
      if (!latest) throw new Error("the page was given no video token");
      return latest;
    },
  };
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/** Both people of a fresh live session in its call, each seeing the other, with the tokens their pages got. */
async function callOfTwo(cast: CohortCast) {
  const { id: sessionId } = await seedSession(testDb(), {
    interviewerId: cast.owner.id,
    candidateId: cast.member.id,
    cohortId: cast.cohort.id,
    status: "LIVE",
  });
  // One after the other: the server answers one sign-in per address at a time.
  const interviewer = await openAs(cast.owner);
  const candidate = await openAs(cast.member);
  const tokens = { interviewer: keepTokens(interviewer), candidate: keepTokens(candidate) };
  const url = `${inject("baseUrl")}/sessions/${sessionId}`;
  await Promise.all([interviewer.goto(url), candidate.goto(url)]);
  for (const page of [interviewer, candidate]) {
    await page.getByTestId("video-join").waitFor({ timeout: 30_000 });
    await eventually(async () => page.getByTestId("video-join").isEnabled(), "the dock is ready to join");
    await page.getByTestId("video-join").click();
  }
  await eventually(
    async () => (await framesFrom(candidate, cast.owner.id)) > 0,
    "the candidate sees the interviewer",
  );
  await eventually(
    async () => (await framesFrom(interviewer, cast.member.id)) > 0,
    "the interviewer sees the candidate",
  );
  return { sessionId, interviewer, candidate, tokens };
}

const callState = (page: Page) => page.getByTestId("video-call").getAttribute("data-state");

beforeAll(async () => {
  [browser, replayUrl] = await Promise.all([launchBrowser({ fakeMedia: true }), serveReplayPage()]);
}, 60_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  if (replayServer) await new Promise((resolve) => replayServer.close(resolve));
  console.log("video revocation figures (ms):", figures);
});

describe("video after removal", () => {
  it("the removed candidate decodes no frame of the interviewer, replaying their token or reloading, while the interviewer's call goes on", async () => {
    const cast = await seedCohortCast({ owner: "Rana Iyer", member: "Tom Welsh" });
    const { sessionId, interviewer, candidate, tokens } = await callOfTwo(cast);
    const kept = tokens.candidate.latest();
    const oldRoom = (await testDb().interviewSession.findUniqueOrThrow({ where: { id: sessionId } }))
      .livekitRoom;

    const removedAt = Date.now();
    const status = await interviewer.evaluate(
      (id) =>
        fetch(`/api/sessions/${id}/candidate`, { method: "DELETE" }).then((response) => response.status),
      sessionId,
    );
    expect(status).toBe(204);

    // The interviewer's browser asked the web app and joined the session's new room.
    const newRoom = (await testDb().interviewSession.findUniqueOrThrow({ where: { id: sessionId } }))
      .livekitRoom;
    expect(newRoom).not.toBe(oldRoom);
    await eventually(
      async () => (await rooms().listParticipants(newRoom)).some((p) => p.identity === cast.owner.id),
      "the interviewer is in the new room",
    );
    figures.interviewerInNewRoomAfterRemoval = Date.now() - removedAt;
    await eventually(
      async () => (await callState(interviewer)) === "connected",
      "the interviewer's call shows connected",
    );
    expect((await rooms().listParticipants(newRoom)).map((p) => p.identity)).toEqual([cast.owner.id]);

    const replayed = await replay(kept);
    expect(replayed.framesDecoded).toBe(0);
    expect(replayed.joined).toBe(false);
    // The room the candidate's token names is gone, and nothing made it again.
    expect(await rooms().listRooms([oldRoom])).toEqual([]);

    await candidate.reload();
    await candidate.waitForLoadState("load");
    const again = await candidate.evaluate(
      (id) =>
        fetch(`/api/sessions/${id}/video-token`, { method: "POST" }).then((response) => response.status),
      sessionId,
    );
    expect(again).toBe(404);
    expect(await framesFrom(candidate, cast.owner.id)).toBe(0);
  }, 180_000);
});

describe("video after the end", () => {
  it("nobody's kept token reopens the call: the candidate decodes no frame of the interviewer's camera", async () => {
    const cast = await seedCohortCast({ owner: "Ines Duarte", member: "Kofi Mensah" });
    const { sessionId, interviewer, tokens } = await callOfTwo(cast);
    const kept = { interviewer: tokens.interviewer.latest(), candidate: tokens.candidate.latest() };
    const room = (await testDb().interviewSession.findUniqueOrThrow({ where: { id: sessionId } }))
      .livekitRoom;

    await interviewer.getByRole("button", { name: "End interview" }).click();
    await eventually(
      async () => (await rooms().listRooms([room])).length === 0,
      "the LiveKit room is closed",
    );

    // The interviewer's old token publishes the camera again; the candidate's watches.
    const [publisher, watcher] = await Promise.all([
      replay(kept.interviewer, { publish: true, watchMs: 10_000 }),
      replay(kept.candidate, { watchMs: 10_000 }),
    ]);
    expect(watcher.framesDecoded).toBe(0);
    expect([publisher.joined, watcher.joined]).toEqual([false, false]);
    expect(await rooms().listRooms([room])).toEqual([]);
  }, 180_000);
});
