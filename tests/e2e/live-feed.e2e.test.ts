// Issue #19, finding 7: the room's live feed (server-sent events). A push names only the
// kind of change, but even that must follow the rules: no "scorecard" to a candidate before
// feedback is released; a stream closes when its person loses access; one person cannot
// hold open streams without limit; and each web process listens to the session feed once.
import { notifySessionChanged, type SessionChange } from "@mockboard/db";
import { type SeededUser, seedSession, seedUser } from "@mockboard/db/testing/factories";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "./support/db";
import { signedInFetch } from "./support/http-session";

type Call = Awaited<ReturnType<typeof signedInFetch>>;

let interviewer: SeededUser;
let candidate: SeededUser;
let asInterviewer: Call;
let asCandidate: Call;
beforeAll(async () => {
  [interviewer, candidate] = await Promise.all([seedUser(testDb()), seedUser(testDb())]);
  // One after the other: the server answers one sign-in per address at a time.
  asInterviewer = await signedInFetch(interviewer);
  asCandidate = await signedInFetch(candidate);
});

interface Feed {
  status: number;
  /** The kinds pushed so far, in order. */
  kinds: string[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  hasEnded(): boolean;
  close(): void;
}

const open: Feed[] = [];
afterEach(() => {
  for (const feed of open.splice(0)) feed.close();
});

async function openFeed(as: Call, sessionId: string): Promise<Feed> {
  const controller = new AbortController();
  const response = await as(`/api/sessions/${sessionId}/live`, { signal: controller.signal });
  const kinds: string[] = [];
  let ended = false;
  const reading = (async () => {
    if (response.status !== 200 || !response.body) return;
    const decoder = new TextDecoder();
    let buffered = "";
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      const events = buffered.split("\n\n");
      buffered = events.pop() ?? "";
      for (const event of events) {
        const data = event.split("\n").find((line) => line.startsWith("data: "));
        if (data) kinds.push((JSON.parse(data.slice(6)) as { kind: string }).kind);
      }
    }
  })()
    .catch(() => undefined)
    .finally(() => {
      ended = true;
    });
  const feed = {
    status: response.status,
    kinds,
    ended: reading,
    hasEnded: () => ended,
    close: () => controller.abort(),
  };
  open.push(feed);
  return feed;
}

const notify = (change: SessionChange) => testDb().$transaction((tx) => notifySessionChanged(tx, change));

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the live feed", () => {
  it("never pushes a scorecard change to the candidate before feedback is released, and does after", async () => {
    const session = await seedSession(testDb(), {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      status: "COMPLETED",
    });
    const theirs = await openFeed(asCandidate, session.id);
    const mine = await openFeed(asInterviewer, session.id);
    expect([theirs.status, mine.status]).toEqual([200, 200]);

    // What submitting the scorecard pushes; then something everyone may hear about.
    await notify({ sessionId: session.id, kind: "scorecard" });
    await notify({ sessionId: session.id, kind: "timer" });
    await until(() => mine.kinds.includes("timer") && theirs.kinds.includes("timer"), "the timer push");
    expect(mine.kinds).toEqual(["scorecard", "timer"]);
    expect(theirs.kinds).toEqual(["timer"]);

    // Released: now the candidate may read the scores, and hears that they changed.
    await testDb().scorecard.create({
      data: {
        sessionId: session.id,
        interviewerId: interviewer.id,
        submittedAt: new Date(),
        releasedAt: new Date(),
      },
    });
    await notify({ sessionId: session.id, kind: "scorecard" });
    await until(() => theirs.kinds.includes("scorecard"), "the release push");
  });

  it("closes a candidate's stream as soon as they are removed, and does not open another", async () => {
    const session = await seedSession(testDb(), {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      status: "LIVE",
    });
    const theirs = await openFeed(asCandidate, session.id);
    expect(theirs.status).toBe(200);
    const removed = await asInterviewer(`/api/sessions/${session.id}/candidate`, { method: "DELETE" });
    expect(removed.status).toBe(204);
    await until(() => theirs.hasEnded(), "the removed candidate's stream to end", 3000);
    // The timer keeps running for the interviewer; the removed candidate hears none of it.
    await notify({ sessionId: session.id, kind: "timer" });
    expect((await openFeed(asCandidate, session.id)).status).toBe(404);
  });

  it("accepts a few streams per person and refuses the rest with 429 until one closes", async () => {
    const session = await seedSession(testDb(), { interviewerId: interviewer.id, status: "LIVE" });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      const feed = await openFeed(asInterviewer, session.id);
      statuses.push(feed.status);
      if (feed.status !== 200) break;
    }
    const accepted = statuses.filter((status) => status === 200).length;
    console.log(`streams accepted for one person before the first refusal: ${accepted}`);
    expect(statuses.at(-1)).toBe(429);
    expect(accepted).toBeGreaterThanOrEqual(3);
    expect(accepted).toBeLessThanOrEqual(16);

    const first = open.find((feed) => feed.status === 200);
    first?.close();
    await first?.ended;
    // The server notices the closed stream within moments.
    let again = 0;
    for (let attempt = 0; attempt < 20 && again !== 200; attempt++) {
      again = (await openFeed(asInterviewer, session.id)).status;
      if (again !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(again).toBe(200);
  });

  it("is heard through one LISTEN connection per web process, shared with the video room guard", async () => {
    const session = await seedSession(testDb(), { interviewerId: interviewer.id, status: "LIVE" });
    // The video room guard listens from the process's boot; a video token and a feed must not
    // add listeners of their own.
    const token = await asInterviewer(`/api/sessions/${session.id}/video-token`, { method: "POST" });
    expect(token.status).toBe(200);
    expect((await openFeed(asInterviewer, session.id)).status).toBe(200);
    // Listeners connect in the background: count for a while and keep the most seen.
    let most = 0;
    for (let look = 0; look < 15; look++) {
      const listeners = await testDb().$queryRaw<{ count: bigint }[]>`
        select count(*) as "count" from pg_stat_activity
        where query = 'LISTEN mockboard_session_feed' and pid <> pg_backend_pid()`;
      most = Math.max(most, Number(listeners[0]?.count));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(most).toBe(1);
  });
});
