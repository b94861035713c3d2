import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { seedSession } from "@mockboard/db/testing/factories";
import { type Cluster, type ClusterNode, startCluster } from "@mockboard/devkit/cluster";
import type { LivekitHandle } from "@mockboard/devkit/livekit";
import { livekitRoomForSession } from "@mockboard/protocol";
import { RoomServiceClient } from "livekit-server-sdk";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { type CohortCast, seedCohortCast, testDb } from "./support/db";
import { framesFrom } from "./support/video";

// Mockboard as a cluster of real processes behind nginx (packages/devkit/src/cluster.ts):
// two web nodes, a collab node, two LiveKit nodes on one Redis. A web node is killed during
// a live interview, then the other one, then both at once until one returns: the session
// feed reconnects through whichever node lives, and the timer and notes are intact. Two
// people whose browsers reach different LiveKit nodes see each other. A person removed from
// the session has their feed refused, and the room stops asking and says so.

const root = resolve(import.meta.dirname, "../..");
const NOTE = "Asked about the write path before the read path";
/** How long a change may take to reach the other browser through a feed that reconnects. */
const LIVE = { timeout: 20_000 };

let cluster: Cluster;
let browser: Browser;
const contexts: BrowserContext[] = [];
let cast: CohortCast;
let sessionId: string;
let interviewer: Page;
let candidate: Page;

async function openAs(user: { email: string; password: string }): Promise<Page> {
  // The page's CSP lets it reach LiveKit only at LIVEKIT_URL (nginx); the test sends each
  // browser to one node's own port instead, so the CSP is bypassed here.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto(`${cluster.urls.web}/signin`);
  await page.fill("#email", user.email);
  await page.fill("#password", user.password);
  // A fresh web node's first pages take long on a loaded machine.
  await Promise.all([
    page.waitForURL("**/dashboard", { timeout: 90_000 }),
    page.click("button[type=submit]"),
  ]);
  return page;
}

/** Sends this page's call to one LiveKit node: the video token's `url` names that node instead of nginx. */
async function callThrough(page: Page, livekitUrl: string): Promise<void> {
  await page.route("**/api/sessions/*/video-token", async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    await route.fulfill({ response, json: { ...body, url: livekitUrl } });
  });
}

/** With E2E_SCREENSHOTS=<dir>, keeps a picture of the page. */
async function picture(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

const timerClass = (page: Page) => page.locator(".timer").getAttribute("class");

/** Whether nginx, asked now, has `node` answer (it skips a node for a while after a refused connection). */
async function nginxServesFrom(node: ClusterNode): Promise<boolean> {
  const probe = randomUUID();
  const answer = await fetch(`${cluster.urls.web}/api/health?probe=${probe}`).catch(() => null);
  if (!answer?.ok) return false;
  // Access log lines end with: status, the nodes tried ("a, b"), time.
  const line = readFileSync(cluster.nginx.accessLog, "utf8")
    .split("\n")
    .find((each) => each.includes(probe));
  const tried = /" \d{3} (.+) [\d.]+$/.exec(line ?? "")?.[1]?.split(", ") ?? [];
  return tried.at(-1) === node.address;
}

/** The page's requests for the room's state and feed from now on, with their answers. */
function recordFeedRequests(page: Page): string[] {
  const since = Date.now();
  const requests: string[] = [];
  page.on("requestfinished", async (request) => {
    if (!/\/api\/sessions\/[^/]+\/(live|state)$/.test(request.url())) return;
    const response = await request.response();
    requests.push(`${Date.now() - since} ${response?.status()} ${new URL(request.url()).pathname}`);
  });
  page.on("requestfailed", (request) => {
    if (/\/(live|state)$/.test(request.url())) requests.push(`${Date.now() - since} failed ${request.url()}`);
  });
  return requests;
}
/** The room's connection indicator in one word (good, reconnecting, ...). */
const feedShown = (page: Page) => page.getByTestId("connection").getAttribute("data-state");
/** The room's live feed alone (connecting, live, reconnecting, refused). */
const feedOf = (page: Page) => page.getByTestId("connection").getAttribute("data-feed");

/** The session's LiveKit room now: it moves to a new one when someone is removed (#19.8). */
async function currentRoom(): Promise<string> {
  const session = await testDb().interviewSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { livekitRoom: true },
  });
  return session.livekitRoom;
}

/** Who is in the session's call (its current room, or `room`), as `node` sees it. */
async function inCall(node: LivekitHandle, room?: string): Promise<string[]> {
  const rooms = new RoomServiceClient(node.httpUrl, node.apiKey, node.apiSecret);
  const participants = await rooms.listParticipants(room ?? (await currentRoom())).catch(() => []);
  return participants.map((participant) => participant.identity).sort();
}

beforeAll(async () => {
  const webEnv = inject("webEnv");
  cluster = await startCluster({
    root,
    databaseUrl: inject("databaseUrl"),
    env: {
      NEXTAUTH_SECRET: webEnv.NEXTAUTH_SECRET ?? "",
      BOARD_TOKEN_SECRET: webEnv.BOARD_TOKEN_SECRET ?? "",
      LOG_LEVEL: "warn",
    },
    webNodes: 2,
    collabNodes: 1,
    livekitNodes: 2,
    publicHost: "127.0.0.1",
    quiet: process.env.E2E_LOGS !== "1",
  });
  cast = await seedCohortCast({ owner: "Wen Interviewer", member: "Kai Candidate" });
  ({ id: sessionId } = await seedSession(testDb(), {
    interviewerId: cast.owner.id,
    candidateId: cast.member.id,
    cohortId: cast.cohort.id,
  }));
  browser = await launchBrowser({ fakeMedia: true });
  interviewer = await openAs(cast.owner);
  candidate = await openAs(cast.member);
  const [first, second] = cluster.livekit;
  if (!first || !second) throw new Error("the cluster runs two LiveKit nodes");
  await callThrough(interviewer, first.url);
  await callThrough(candidate, second.url);
  const url = `${cluster.urls.web}/sessions/${sessionId}`;
  await Promise.all([interviewer.goto(url), candidate.goto(url)]);
}, 240_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await cluster?.stop();
});

describe("web nodes behind nginx", () => {
  // Web nodes are started again during the test: each takes seconds to load the app.
  it("keeps the session feed, the timer and the notes through the death of each web node in turn", {
    timeout: 240_000,
  }, async () => {
    const [webA, webB] = cluster.web;
    if (!webA || !webB) throw new Error("the cluster runs two web nodes");
    await interviewer.getByRole("button", { name: "Start interview" }).click();
    await expect.poll(() => timerClass(candidate), LIVE).toContain("timer-running");
    await interviewer.getByRole("tab", { name: "Notes" }).click();
    await interviewer.getByLabel("New note", { exact: true }).fill(NOTE);
    await interviewer.getByLabel("New note", { exact: true }).press("Enter");
    await expect.poll(() => interviewer.getByText("All notes saved").isVisible(), LIVE).toBe(true);

    // Whichever node carried each browser's feed dies once: the first, then (back up) the second.
    // A request in flight as a node dies fails (the page says so); these clicks come after.
    const timings: Record<string, number> = {};
    await webA.kill();
    let changedAt = Date.now();
    await interviewer.getByRole("button", { name: "Pause" }).click();
    await expect.poll(() => timerClass(interviewer), LIVE).toContain("timer-paused");
    await expect.poll(() => timerClass(candidate), LIVE).toContain("timer-paused");
    timings.pauseSeenAfterFirstKill = Date.now() - changedAt;

    await webA.start();
    // nginx skips a node for fail_timeout (2 s, packages/devkit's upstreamServers) after its
    // last refused connection, and the feed's reconnects kept knocking on the dead node: kill
    // the other only once nginx sends requests to the returned one, as a rolling restart would.
    await expect.poll(() => nginxServesFrom(webA), LIVE).toBe(true);
    await webB.kill();
    changedAt = Date.now();
    await interviewer.getByRole("button", { name: "Resume" }).click();
    await expect.poll(() => timerClass(interviewer), LIVE).toContain("timer-running");
    await expect.poll(() => timerClass(candidate), LIVE).toContain("timer-running");
    timings.resumeSeenAfterSecondKill = Date.now() - changedAt;

    // No web node at all (nginx answers the feed's retries with 502), then one comes back:
    // the candidate's feed finds it by itself (with back-off) and shows the change made since.
    const feedRequests = recordFeedRequests(candidate);
    await webA.kill();
    await expect.poll(() => feedShown(candidate), LIVE).toBe("reconnecting");
    await webB.start();
    await expect.poll(() => nginxServesFrom(webB), LIVE).toBe(true);
    changedAt = Date.now();
    await interviewer.getByRole("button", { name: "Pause" }).click();
    await expect.poll(() => timerClass(interviewer), LIVE).toContain("timer-paused");
    try {
      // The longest back-off (10 s, and a fifth more) and a reconnect fit in this.
      await expect.poll(() => timerClass(candidate), { timeout: 30_000 }).toContain("timer-paused");
    } catch (error) {
      console.log("the candidate's feed requests (ms since the kill):", feedRequests);
      throw error;
    }
    timings.pauseSeenAfterAllDown = Date.now() - changedAt;
    console.log("web node kills (ms):", timings);

    // A fresh load through the node that is up: the timer is paused and the note is there.
    await interviewer.reload();
    await expect.poll(() => timerClass(interviewer), LIVE).toContain("timer-paused");
    await interviewer.getByRole("tab", { name: "Notes" }).click();
    await expect.poll(() => interviewer.locator(".note textarea").first().inputValue(), LIVE).toBe(NOTE);
    await webA.start();
  });
});

describe("LiveKit nodes on one Redis", () => {
  it("carries each person's video to the other when their browsers reach different nodes", {
    timeout: 120_000,
  }, async () => {
    const joinedAt = Date.now();
    for (const page of [interviewer, candidate]) {
      await page
        .getByTestId("video-dock")
        .locator('[data-state="prejoin"], [data-testid="video-join"]')
        .first()
        .waitFor({ timeout: 30_000 });
      await page.getByTestId("video-join").click();
    }
    await expect.poll(() => framesFrom(interviewer, cast.member.id), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => framesFrom(candidate, cast.owner.id), { timeout: 30_000 }).toBeGreaterThan(0);
    await picture(interviewer, "cluster-call-interviewer");
    await picture(candidate, "cluster-call-candidate");
    console.log(
      `video across two LiveKit nodes: both pages had frames ${Date.now() - joinedAt} ms after joining`,
    );
    // One room, both people in it, whichever node is asked.
    for (const node of cluster.livekit)
      expect(await inCall(node)).toEqual([cast.owner.id, cast.member.id].sort());
    // Each node sends the webhooks of the participants it serves, through nginx to any web
    // node: both joins are on the session's timeline.
    const joined = async () =>
      (await testDb().sessionEvent.findMany({ where: { sessionId, kind: "VIDEO_JOINED" } }))
        .map((event) => event.actorId)
        .sort();
    await expect.poll(joined, LIVE).toEqual([cast.owner.id, cast.member.id].sort());
  });
});

describe("a person removed, then the end", () => {
  it("stops asking and says why when the candidate is removed from the session", async () => {
    const removed = await interviewer.evaluate(
      (id) => fetch(`/api/sessions/${id}/candidate`, { method: "DELETE" }).then((answer) => answer.status),
      sessionId,
    );
    expect(removed).toBe(204);
    // The server ends the stream; the browser's own retry is refused (404), then the room's state is.
    await expect.poll(() => feedOf(candidate), LIVE).toBe("refused");
    // Loud: "Updates stopped", or "No access" when the board has refused them too.
    expect(["stopped", "refused"]).toContain(await feedShown(candidate));
    await picture(candidate, "cluster-feed-refused");
    // The removal also drops them from the call, on every node, whichever one serves them: the
    // call moved to the session's next room, which the interviewer's browser joined, and the
    // room they shared is gone.
    expect(await currentRoom()).not.toBe(livekitRoomForSession(sessionId));
    for (const node of cluster.livekit) {
      await expect.poll(() => inCall(node), LIVE).toEqual([cast.owner.id]);
      expect(await inCall(node, livekitRoomForSession(sessionId))).toEqual([]);
    }
  });

  it("closes the call on every LiveKit node when the interview ends, also through web nodes that never served video", {
    timeout: 240_000,
  }, async () => {
    // Both web nodes restarted since anyone asked for a video token or LiveKit sent a webhook:
    // the end reaches nodes that have served nothing of the call.
    const [webA, webB] = cluster.web;
    if (!webA || !webB) throw new Error("the cluster runs two web nodes");
    await Promise.all([webA.kill(), webB.kill()]);
    await Promise.all([webA.start(), webB.start()]);
    // The interviewer's feed is back (with back-off) through whichever node nginx picked.
    await expect.poll(() => feedOf(interviewer), { timeout: 30_000 }).toBe("live");
    const room = await currentRoom();
    await interviewer.getByRole("button", { name: "End interview" }).click();
    for (const node of cluster.livekit) {
      const rooms = new RoomServiceClient(node.httpUrl, node.apiKey, node.apiSecret);
      await expect.poll(async () => (await rooms.listRooms([room])).length, LIVE).toBe(0);
    }
  });
});
