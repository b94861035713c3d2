import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { startSession } from "@mockboard/db";
import { type SeededUser, seedSession, seedUser } from "@mockboard/db/testing/factories";
import { livekitRoomForSession, parseVideoParticipantMetadata } from "@mockboard/protocol";
import { AccessToken, RoomServiceClient, TokenVerifier } from "livekit-server-sdk";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signIn } from "./support/browser";
import { type CohortCast, seedCohortCast, testDb } from "./support/db";
import { signedInFetch } from "./support/http-session";
import { framesFrom } from "./support/video";

// Video and audio through the real LiveKit server the e2e stack starts (loopback only):
// who gets a token and what it allows, the webhook that puts joins and publications on the
// timeline, and two Chromium pages with fake camera and microphone in one call.

const livekit = () => inject("livekit");
const rooms = () => new RoomServiceClient(livekit().httpUrl, livekit().apiKey, livekit().apiSecret);
const verify = (token: string) => new TokenVerifier(livekit().apiKey, livekit().apiSecret).verify(token);

/** Who is in a LiveKit room now; a room nobody joined (or that was closed) has nobody. */
async function participantsOf(room: string) {
  if ((await rooms().listRooms([room])).length === 0) return [];
  return rooms().listParticipants(room);
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

const post = { method: "POST" } as const;

/**
 * Joins a LiveKit room through its signalling websocket, as livekit-client does but with no
 * media (Node has no WebRTC): a client that does whatever its token lets it. `closed`
 * settles when the server hangs up.
 */
async function joinBySignalling(token: string, askForRoom: string) {
  const socket = new WebSocket(
    `${livekit().url}/rtc?access_token=${token}&room=${askForRoom}&auto_subscribe=1&protocol=16`,
  );
  const closed = new Promise<void>((resolve) => socket.addEventListener("close", () => resolve()));
  await new Promise((resolve, reject) => {
    socket.onmessage = resolve;
    socket.onerror = () => reject(new Error("LiveKit refused the connection"));
  });
  return { socket, closed };
}

const within = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

/** The process of the stack's LiveKit server, found by its port, to freeze it (SIGSTOP) as a network cut would. */
function livekitPid(): number {
  const port = new URL(livekit().url).port;
  const listening = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = Number(/pid=(\d+)/.exec(listening)?.[1]);
  if (!pid) throw new Error(`nothing listens on LiveKit's port ${port}: ${listening}`);
  return pid;
}

describe("the video token route", () => {
  let cast: CohortCast;
  let stranger: SeededUser;
  let otherSessionId: string;
  let otherCandidate: SeededUser;
  /** A session of the cast's own (owner interviews, member is the candidate), for one test. */
  const castSession = async (status?: "COMPLETED") =>
    (
      await seedSession(testDb(), {
        interviewerId: cast.owner.id,
        candidateId: cast.member.id,
        cohortId: cast.cohort.id,
        status,
      })
    ).id;
  beforeAll(async () => {
    cast = await seedCohortCast();
    [stranger, otherCandidate] = await Promise.all([seedUser(testDb()), seedUser(testDb())]);
    ({ id: otherSessionId } = await seedSession(testDb(), {
      interviewerId: stranger.id,
      candidateId: otherCandidate.id,
    }));
  });

  it("asks a signed-out caller to sign in", async () => {
    const sessionId = await castSession();
    const response = await fetch(`${inject("baseUrl")}/api/sessions/${sessionId}/video-token`, post);
    expect(response.status).toBe(401);
  });

  it("answers 404 to strangers and to the people of another session", async () => {
    const sessionId = await castSession();
    for (const user of [stranger, otherCandidate]) {
      const response = await (await signedInFetch(user))(`/api/sessions/${sessionId}/video-token`, post);
      expect(response.status).toBe(404);
      expect(await response.json()).not.toHaveProperty("token");
    }
    const member = await signedInFetch(cast.member);
    expect((await member(`/api/sessions/${otherSessionId}/video-token`, post)).status).toBe(404);
    expect((await member("/api/sessions/not-a-session/video-token", post)).status).toBe(404);
  });

  it("gives interviewer and candidate a token to publish in this session's room only", async () => {
    const sessionId = await castSession();
    const room = livekitRoomForSession(sessionId);
    for (const [user, role] of [
      [cast.owner, "interviewer"],
      [cast.member, "candidate"],
    ] as const) {
      const response = await (await signedInFetch(user))(`/api/sessions/${sessionId}/video-token`, post);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = await response.json();
      expect(body).toMatchObject({ room, identity: user.id, role, canPublish: true, url: livekit().url });
      const claims = await verify(body.token);
      expect(claims.sub).toBe(user.id);
      expect(claims.name).toBe(user.name);
      expect(parseVideoParticipantMetadata(claims.metadata)).toEqual({ role });
      expect(claims.video).toMatchObject({ room, roomJoin: true, canPublish: true, canSubscribe: true });
      expect(claims.video?.canPublishData).toBe(false);
      expect(claims.video?.roomAdmin).toBeFalsy();
      const lifetime = (claims.exp ?? 0) - Math.floor(Date.now() / 1000);
      // Good for joining for two minutes: the browser asks again before every join.
      expect(lifetime).toBeGreaterThan(90);
      expect(lifetime).toBeLessThanOrEqual(2 * 60);
    }
  });

  it("lets an observer watch a live interview with a token that cannot publish, and nothing before it starts", async () => {
    const sessionId = await castSession();
    const coach = await signedInFetch(cast.coach);
    const before = await coach(`/api/sessions/${sessionId}/video-token`, post);
    expect(before.status).toBe(403);
    expect((await before.json()).error).toMatch(/when the interview starts/);
    await startSession(testDb(), sessionId, cast.owner.id);
    const response = await coach(`/api/sessions/${sessionId}/video-token`, post);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ role: "observer", canPublish: false });
    const claims = await verify(body.token);
    expect(claims.video).toMatchObject({ canPublish: false, canSubscribe: true, canPublishData: false });
    expect(claims.video?.canPublishSources).toBeUndefined();
  });

  it("opens only this session's room on the real LiveKit server, whatever room the client asks for", async () => {
    const sessionId = await castSession();
    const member = await signedInFetch(cast.member);
    const { token } = await (await member(`/api/sessions/${sessionId}/video-token`, post)).json();
    const room = livekitRoomForSession(sessionId);
    const otherRoom = livekitRoomForSession(otherSessionId);
    const { socket } = await joinBySignalling(token, otherRoom);
    try {
      await eventually(
        async () =>
          (await participantsOf(room)).some((participant) => participant.identity === cast.member.id),
        "the candidate is in the session's room",
      );
      expect(await participantsOf(otherRoom)).toEqual([]);
      // Nor does the token open LiveKit's server API, for this room or another.
      for (const [method, body] of [
        ["ListParticipants", { room: otherRoom }],
        ["ListParticipants", { room }],
        ["CreateRoom", { name: otherRoom }],
        ["RemoveParticipant", { room, identity: cast.owner.id }],
      ] as const) {
        const response = await fetch(`${livekit().httpUrl}/twirp/livekit.RoomService/${method}`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        expect(response.status, method).toBe(401);
      }
    } finally {
      socket.close();
    }
  });

  it("refuses everyone once the session is over", async () => {
    const sessionId = await castSession("COMPLETED");
    for (const user of [cast.owner, cast.member, cast.coach]) {
      const response = await (await signedInFetch(user))(`/api/sessions/${sessionId}/video-token`, post);
      expect(response.status).toBe(403);
    }
  });
});

/** Signs a webhook body as LiveKit does: a JWT from the API key and secret carrying the body's sha256. */
async function signLikeLivekit(body: string, secret = livekit().apiSecret): Promise<string> {
  const token = new AccessToken(livekit().apiKey, secret, { ttl: "5m" });
  token.sha256 = createHash("sha256").update(body).digest("base64");
  return token.toJwt();
}

describe("the LiveKit webhook", () => {
  let sessionId: string;
  let user: SeededUser;
  const deliver = (body: string, authorization?: string) =>
    fetch(`${inject("baseUrl")}/api/livekit/webhook`, {
      method: "POST",
      headers: { "content-type": "application/webhook+json", ...(authorization ? { authorization } : {}) },
      body,
    });
  const webhookBody = (id: string) =>
    JSON.stringify({
      id,
      event: "participant_joined",
      createdAt: String(Math.floor(Date.now() / 1000)),
      room: { sid: "RM_test", name: livekitRoomForSession(sessionId) },
      participant: { sid: "PA_test", identity: user.id, name: user.name },
    });
  const recorded = (id: string) => testDb().sessionEvent.count({ where: { livekitEventId: id } });

  beforeAll(async () => {
    user = await seedUser(testDb());
    ({ id: sessionId } = await seedSession(testDb(), { interviewerId: user.id }));
  });

  it("refuses a bad signature and records nothing", async () => {
    const body = webhookBody("EV_forged");
    const forgeries = [
      await signLikeLivekit(body, "not-the-server-secret-but-32-chars-long"),
      await signLikeLivekit(webhookBody("EV_something_else")),
      "not-a-jwt",
      undefined,
    ];
    for (const authorization of forgeries) {
      const response = await deliver(body, authorization);
      expect(response.status).toBe(401);
    }
    expect(await recorded("EV_forged")).toBe(0);
  });

  it("records a signed event once, even delivered twice", async () => {
    const body = webhookBody("EV_twice");
    const signature = await signLikeLivekit(body);
    const first = await deliver(body, signature);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ recorded: true, sessionId });
    const again = await deliver(body, signature);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ recorded: false, reason: "duplicate" });
    const events = await testDb().sessionEvent.findMany({ where: { livekitEventId: "EV_twice" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ sessionId, kind: "VIDEO_JOINED", actorId: user.id });
  });
});

// ---------------------------------------------------------------------------------------
// Two people (and an observer) in one call, in Chromium with fake camera and microphone.

let browser: Browser;
const contexts: BrowserContext[] = [];
let interviewer: Page;
let candidate: Page;
let cast: CohortCast;
let sessionId: string;
let room: string;
let observer: Page;
const figures: Record<string, number> = {};

async function openAs(
  user: { email: string; password: string },
  viewport: { width: number; height: number },
) {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, user);
  return page;
}

/** With E2E_SCREENSHOTS=<dir>, keeps pictures of the room with video (for review). */
async function picture(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

const dock = (page: Page) => page.getByTestId("video-dock");
const tileOf = (page: Page, identity: string) =>
  page.locator(`[data-testid="video-tile"][data-identity="${identity}"]`);

/** The loudest sample of the call's sound this page plays over `ms` (0 for silence or no sound at all). */
const loudness = (page: Page, ms = 2500) =>
  page.evaluate(async (duration) => {
    const streams = Array.from(document.querySelectorAll("audio"))
      .map((audio) => audio.srcObject)
      .filter((stream): stream is MediaStream => stream instanceof MediaStream);
    if (streams.length === 0) return 0;
    const context = new AudioContext();
    await context.resume();
    const analyser = context.createAnalyser();
    analyser.fftSize = 2048;
    for (const stream of streams) context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let peak = 0;
    const end = performance.now() + duration;
    while (performance.now() < end) {
      analyser.getFloatTimeDomainData(samples);
      for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await context.close();
    return peak;
  }, ms);

async function joinCall(page: Page) {
  await dock(page).locator('[data-state="prejoin"], [data-testid="video-join"]').first().waitFor();
  await page.getByTestId("video-join").click();
}

beforeAll(async () => {
  cast = await seedCohortCast({ owner: "Priya Raman", member: "Sam Carter", coach: "Coach Olu" });
  ({ id: sessionId } = await seedSession(testDb(), {
    interviewerId: cast.owner.id,
    candidateId: cast.member.id,
    cohortId: cast.cohort.id,
  }));
  room = livekitRoomForSession(sessionId);
  browser = await launchBrowser({ fakeMedia: true });
  // One after the other: the server answers one sign-in per address at a time, and under
  // load the page's few short retries can run out while the other's password is hashed.
  interviewer = await openAs(cast.owner, { width: 1440, height: 900 });
  candidate = await openAs(cast.member, { width: 1024, height: 768 });
  const url = `${inject("baseUrl")}/sessions/${sessionId}`;
  await Promise.all([interviewer.goto(url), candidate.goto(url)]);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) writeFileSync(`${dir}/video-figures.json`, `${JSON.stringify(figures, null, 2)}\n`);
  console.log("video figures (ms):", figures);
});

describe("two people in one call through the real LiveKit server", () => {
  it("checks camera and microphone before joining", async () => {
    for (const page of [interviewer, candidate]) {
      await page.getByTestId("video-preview").waitFor({ timeout: 20_000 });
      await eventually(
        () => page.getByTestId("video-preview").evaluate((video: HTMLVideoElement) => video.videoWidth > 0),
        "the camera preview plays",
      );
      await expect(page.getByRole("combobox", { name: "Camera" }).count()).resolves.toBe(1);
      await expect(page.getByRole("combobox", { name: "Microphone" }).count()).resolves.toBe(1);
    }
    await picture(interviewer, "video-prejoin-1440");
    expect(await participantsOf(room)).toEqual([]);
  });

  it("carries each person's video and audio to the other", async () => {
    await joinCall(interviewer);
    const joinedAt = Date.now();
    await joinCall(candidate);
    await Promise.all([
      eventually(
        async () => (await framesFrom(interviewer, cast.member.id)) > 0,
        "the interviewer sees the candidate",
      ).then(() => {
        figures.firstRemoteFrameAtInterviewer = Date.now() - joinedAt;
      }),
      eventually(
        async () => (await framesFrom(candidate, cast.owner.id)) > 0,
        "the candidate sees the interviewer",
      ).then(() => {
        figures.firstRemoteFrameAtCandidate = Date.now() - joinedAt;
      }),
    ]);
    // Frames keep coming, not a single still.
    const before = await framesFrom(interviewer, cast.member.id);
    await eventually(
      async () => (await framesFrom(interviewer, cast.member.id)) > before + 10,
      "video keeps playing",
    );

    await expect
      .poll(() => tileOf(interviewer, cast.member.id).getAttribute("data-audio"), { timeout: 10_000 })
      .toBe("live");
    await expect
      .poll(() => tileOf(candidate, cast.owner.id).getAttribute("data-audio"), { timeout: 10_000 })
      .toBe("live");
    // The fake microphone beeps: the sound really arrives on the other side.
    expect(await loudness(interviewer)).toBeGreaterThan(0.01);
    expect(await loudness(candidate)).toBeGreaterThan(0.01);

    const inRoom = await participantsOf(room);
    expect(inRoom.map((participant) => participant.identity).sort()).toEqual(
      [cast.owner.id, cast.member.id].sort(),
    );
    for (const participant of inRoom) expect(participant.tracks).toHaveLength(2);
    await picture(interviewer, "video-call-interviewer-1440");
    await picture(candidate, "video-call-candidate-1024");
  });

  it("puts the joins and publications on the session's timeline", async () => {
    const kinds = async (kind: "VIDEO_JOINED" | "VIDEO_TRACK_PUBLISHED") =>
      testDb().sessionEvent.findMany({ where: { sessionId, kind }, select: { actorId: true, data: true } });
    await eventually(
      async () => (await kinds("VIDEO_TRACK_PUBLISHED")).length >= 4,
      "four publications are recorded",
    );
    const joins = await kinds("VIDEO_JOINED");
    expect(joins.map((event) => event.actorId).sort()).toEqual([cast.owner.id, cast.member.id].sort());
    const sources = (await kinds("VIDEO_TRACK_PUBLISHED")).map(
      (event) => `${event.actorId}:${(event.data as { source?: string }).source}`,
    );
    expect(sources.sort()).toEqual(
      [
        `${cast.owner.id}:camera`,
        `${cast.owner.id}:microphone`,
        `${cast.member.id}:camera`,
        `${cast.member.id}:microphone`,
      ].sort(),
    );
  });

  it("shows the other side when someone mutes, turns the camera off and back on", async () => {
    let started = Date.now();
    await candidate.getByTestId("video-mic").click();
    await expect
      .poll(() => tileOf(interviewer, cast.member.id).getAttribute("data-audio"), { timeout: 10_000 })
      .toBe("muted");
    figures.muteSeenByOther = Date.now() - started;
    await expect(
      tileOf(interviewer, cast.member.id).getByRole("img", { name: "Microphone muted" }).count(),
    ).resolves.toBe(1);
    await candidate.getByTestId("video-camera").click();
    await expect
      .poll(() => tileOf(interviewer, cast.member.id).getAttribute("data-video"), { timeout: 10_000 })
      .toBe("muted");
    await picture(interviewer, "video-candidate-muted-1440");

    started = Date.now();
    await candidate.getByTestId("video-mic").click();
    await candidate.getByTestId("video-camera").click();
    await expect
      .poll(() => tileOf(interviewer, cast.member.id).getAttribute("data-audio"), { timeout: 10_000 })
      .toBe("live");
    await expect
      .poll(() => tileOf(interviewer, cast.member.id).getAttribute("data-video"), { timeout: 10_000 })
      .toBe("live");
    figures.unmuteSeenByOther = Date.now() - started;
    const frames = await framesFrom(interviewer, cast.member.id);
    await eventually(async () => (await framesFrom(interviewer, cast.member.id)) > frames, "video resumes");
  });

  it("keeps the call through the interview starting, and lets an observer watch without being seen or heard", async () => {
    await interviewer.getByRole("button", { name: "Start interview" }).click();
    await candidate.locator('[data-status="live"], .badge-live').first().waitFor({ timeout: 15_000 });
    await expect
      .poll(() => interviewer.getByTestId("video-call").getAttribute("data-state"), { timeout: 10_000 })
      .toBe("connected");

    observer = await openAs(cast.coach, { width: 1024, height: 768 });
    await observer.goto(`${inject("baseUrl")}/sessions/${sessionId}`);
    await joinCall(observer);
    await eventually(
      async () =>
        (await framesFrom(observer, cast.owner.id)) > 0 && (await framesFrom(observer, cast.member.id)) > 0,
      "the observer sees both people",
    );
    expect(await observer.getByTestId("video-mic").count()).toBe(0);
    expect(await observer.getByTestId("video-camera").count()).toBe(0);
    await expect
      .poll(() => interviewer.locator(".vd-watchers").innerText(), { timeout: 10_000 })
      .toContain("Coach Olu");
    const coach = (await participantsOf(room)).find((participant) => participant.identity === cast.coach.id);
    expect(coach?.tracks).toHaveLength(0);
    expect(coach?.permission?.canPublish).toBe(false);
    await picture(observer, "video-observer-1024");
    await picture(interviewer, "video-call-live-1440");
  });

  it("folds the dock to one line and back while the sound goes on", async () => {
    await candidate.getByRole("button", { name: "Hide video (audio continues)" }).click();
    await candidate.locator(".vd-collapsed").waitFor();
    expect(await candidate.getByTestId("video-tile").count()).toBe(0);
    expect(await loudness(candidate, 2000)).toBeGreaterThan(0.01);
    await picture(candidate, "video-collapsed-1024");
    await candidate.getByRole("button", { name: "Show video" }).click();
    await tileOf(candidate, cast.owner.id).waitFor();
  });

  it("says it is reconnecting while the video server does not answer, and resumes by itself", async () => {
    const pid = livekitPid();
    const frozenAt = Date.now();
    process.kill(pid, "SIGSTOP");
    try {
      for (const page of [interviewer, candidate])
        await eventually(
          async () => (await page.getByTestId("video-call").getAttribute("data-state")) === "reconnecting",
          "the dock says it is reconnecting",
          45_000,
        );
      figures.reconnectingShownAfterServerFroze = Date.now() - frozenAt;
      await expect(interviewer.getByRole("alert").filter({ hasText: "reconnecting" }).count()).resolves.toBe(
        1,
      );
      await picture(candidate, "video-reconnecting-1024");
    } finally {
      process.kill(pid, "SIGCONT");
    }
    const resumedAt = Date.now();
    for (const [page, other] of [
      [interviewer, cast.member.id],
      [candidate, cast.owner.id],
    ] as const) {
      await eventually(
        async () => (await page.getByTestId("video-call").getAttribute("data-state")) === "connected",
        "the call is back",
        45_000,
      );
      const frames = await framesFrom(page, other);
      await eventually(async () => (await framesFrom(page, other)) > frames + 10, "video flows again");
    }
    figures.callResumedAfterServerCameBack = Date.now() - resumedAt;
  }, 120_000);

  it("never lets the candidate into another session's room", async () => {
    const other = await seedSession(testDb(), { interviewerId: cast.coach.id });
    const status = await candidate.evaluate(
      (id) =>
        fetch(`/api/sessions/${id}/video-token`, { method: "POST" }).then((response) => response.status),
      other.id,
    );
    expect(status).toBe(404);
    expect(await participantsOf(livekitRoomForSession(other.id))).toEqual([]);
  });

  it("stops everyone's publishing when the session ends, even a client that would not stop", async () => {
    // The observer's browser leaves; in its place a client that ignores the end, with the coach's token.
    await observer.close();
    const coach = await signedInFetch(cast.coach);
    const { token } = await (await coach(`/api/sessions/${sessionId}/video-token`, post)).json();
    const stubborn = await joinBySignalling(token, room);
    await eventually(
      async () => (await participantsOf(room)).some((participant) => participant.identity === cast.coach.id),
      "the stubborn client is in the call",
    );

    const started = Date.now();
    await interviewer.getByRole("button", { name: "End interview" }).click();
    await eventually(
      async () => (await participantsOf(room)).length === 0,
      "the LiveKit room is empty",
      15_000,
    );
    figures.roomClosedAfterEnd = Date.now() - started;
    expect(await within(stubborn.closed, 5_000)).toBe(true);
    for (const page of [interviewer, candidate]) {
      await dock(page)
        .and(page.locator('[data-state="closed"], [data-state="ended"]'))
        .waitFor({ timeout: 15_000 });
      expect(await page.getByTestId("video-tile").count()).toBe(0);
      expect(await page.getByTestId("video-call").count()).toBe(0);
    }
    figures.bothDocksClosedAfterEnd = Date.now() - started;
    await expect(dock(interviewer).innerText()).resolves.toMatch(/ended with the session/);
    const status = await interviewer.evaluate(
      (id) =>
        fetch(`/api/sessions/${id}/video-token`, { method: "POST" }).then((response) => response.status),
      sessionId,
    );
    expect(status).toBe(403);
    await picture(interviewer, "video-ended-1440");

    // Its token is good for a minute more, but LiveKit makes no room on a join: the room
    // the web app closed stays closed to it.
    await expect(joinBySignalling(token, room)).rejects.toThrow(/refused/);
    expect(await rooms().listRooms([room])).toEqual([]);

    // Were the room made again (say by a token minted in the instant the session ended), a
    // join there is undone as soon as LiveKit reports it (a browser's report comes once media
    // flows, which a client with no WebRTC never reaches: it is delivered here as LiveKit
    // signs it), and the room is deleted whole.
    await rooms().createRoom({ name: room, emptyTimeout: 60 });
    const again = await joinBySignalling(token, room);
    await eventually(
      async () => (await participantsOf(room)).some((participant) => participant.identity === cast.coach.id),
      "the late joiner is in the room",
    );
    const rejoinedAt = Date.now();
    const report = JSON.stringify({
      id: `EV_late_${rejoinedAt}`,
      event: "participant_joined",
      createdAt: String(Math.floor(rejoinedAt / 1000)),
      room: { name: room },
      participant: { identity: cast.coach.id, name: cast.coach.name },
    });
    const delivered = await fetch(`${inject("baseUrl")}/api/livekit/webhook`, {
      method: "POST",
      headers: { "content-type": "application/webhook+json", authorization: await signLikeLivekit(report) },
      body: report,
    });
    expect(delivered.status).toBe(200);
    expect(await within(again.closed, 10_000)).toBe(true);
    figures.lateJoinRemovedAfterReport = Date.now() - rejoinedAt;
    expect(await rooms().listRooms([room])).toEqual([]);
    expect(await participantsOf(room)).toEqual([]);
  });
});
