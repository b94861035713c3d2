import { gunzipSync } from "node:zlib";
import { boardRecords, readStoredRecords } from "@mockboard/board";
import {
  chunksBetween,
  decodeHistoryChunk,
  type HistoryUpdate,
  type Keyframe,
  keyframeAtOrBefore,
  rebuildBoard,
} from "@mockboard/board/replay";
import { geoShape } from "@mockboard/board/testing";
import { seedCohort, seedPrompt, seedSession, seedUser } from "@mockboard/db/testing/factories";
import { boardSubprotocols } from "@mockboard/protocol";
import { ReplayHistory } from "@mockboard/web/src/features/replay/live/replay-history";
import type { ReplayManifest } from "@mockboard/web/src/features/replay/replay-contract";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { testDb } from "./support/db";
import { signedInFetch } from "./support/http-session";

// A session drawn through the real collab server by two people, ended through the web app,
// then replayed through the history endpoints: the board rebuilt from the manifest, its
// keyframes and chunks equals the board both people ended with.

type Call = Awaited<ReturnType<typeof signedInFetch>>;

let sessionId: string;
let boardDocId: string;
let interviewer: Call;
let candidate: Call;
let stranger: Call;
let finalBoard: Record<string, unknown>;
const providers: WebsocketProvider[] = [];

async function connect(call: Call, docId: string): Promise<Y.Doc> {
  const response = await call(`/api/sessions/${sessionId}/board-token`, {
    method: "POST",
    headers: { origin: inject("baseUrl") },
  });
  expect(response.status).toBe(200);
  const { token } = (await response.json()) as { token: string };
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(inject("collabUrl"), docId, doc, {
    protocols: boardSubprotocols(token),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  providers.push(provider);
  await new Promise<void>((resolve) => provider.once("sync", () => resolve()));
  return doc;
}

async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  const db = testDb();
  const [owner, member, outsider] = await Promise.all([seedUser(db), seedUser(db), seedUser(db)]);
  const cohort = await seedCohort(db, { owners: [owner.id], members: [member.id] });
  const session = await seedSession(db, {
    interviewerId: owner.id,
    candidateId: member.id,
    cohortId: cohort.id,
    promptId: (await seedPrompt(db)).id,
  });
  sessionId = session.id;
  boardDocId = session.boardDocId;
  [interviewer, candidate, stranger] = await Promise.all([
    signedInFetch(owner),
    signedInFetch(member),
    signedInFetch(outsider),
  ]);
  const post = (call: Call, path: string, body: unknown) =>
    call(path, {
      method: "POST",
      headers: { "content-type": "application/json", origin: inject("baseUrl") },
      body: JSON.stringify(body),
    });
  expect((await post(interviewer, `/api/sessions/${sessionId}/lifecycle`, { action: "start" })).status).toBe(
    200,
  );

  const docs = [await connect(interviewer, session.boardDocId), await connect(candidate, session.boardDocId)];
  // Both draw at once: new shapes, moves of their own and of each other's, deletions.
  for (let round = 0; round < 300; round++) {
    for (const [who, doc] of docs.entries()) {
      const records = boardRecords(doc);
      const id = `shape:${who}-${round % 40}`;
      if (round % 17 === 5 && records.has(id)) records.delete(id);
      else records.set(id, geoShape(`${who}-${round % 40}`, round, who) as never);
      if (round % 9 === 0) {
        const other = `shape:${1 - who}-${round % 40}`;
        if (records.has(other)) records.set(other, { ...(records.get(other) as object), x: -round } as never);
      }
    }
    // About two messages per person per round: under the collab server's 60 per second.
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  const [a, b] = docs as [Y.Doc, Y.Doc];
  await until(
    () => Y.encodeStateVector(a).toString() === Y.encodeStateVector(b).toString(),
    "both boards to converge",
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  finalBoard = readStoredRecords(a);
  expect(Object.keys(finalBoard).length).toBeGreaterThan(20);
  expect((await post(interviewer, `/api/sessions/${sessionId}/lifecycle`, { action: "end" })).status).toBe(
    200,
  );
}, 120_000);

afterAll(() => {
  for (const provider of providers) provider.destroy();
});

async function manifestOf(call: Call): Promise<ReplayManifest> {
  const response = await call(`/api/sessions/${sessionId}/replay`);
  expect(response.status).toBe(200);
  return (await response.json()) as ReplayManifest;
}

describe("replaying a session drawn through the collab server", () => {
  it("rebuilds the final board exactly from the history endpoints, with and without keyframes", async () => {
    const manifest = await manifestOf(candidate);
    expect(manifest.lastSeq).toBeGreaterThan(600);
    expect(manifest.lanes.length).toBe(2);
    const updates: HistoryUpdate[] = [];
    for (const range of chunksBetween(0, manifest.lastSeq, manifest.lastSeq)) {
      const response = await candidate(`/api/sessions/${sessionId}/replay/history/${range.from}-${range.to}`);
      expect(response.status).toBe(200);
      updates.push(...decodeHistoryChunk(gunzipSync(new Uint8Array(await response.arrayBuffer()))));
    }
    expect(updates.map((update) => update.seq)).toEqual(
      Array.from({ length: manifest.lastSeq }, (_, i) => i + 1),
    );
    expect(readStoredRecords(rebuildBoard([], updates, manifest.lastSeq))).toEqual(finalBoard);

    // The collab server snapshotted on the way (every 200 updates): from the newest keyframe.
    const newest = keyframeAtOrBefore(manifest.keyframes, manifest.lastSeq);
    expect(newest).not.toBeNull();
    const keyframes: Keyframe[] = [];
    for (const { seq } of manifest.keyframes) {
      const response = await candidate(`/api/sessions/${sessionId}/replay/keyframes/${seq}`);
      expect(response.status).toBe(200);
      keyframes.push({ seq, state: gunzipSync(new Uint8Array(await response.arrayBuffer())) });
    }
    expect(readStoredRecords(rebuildBoard(keyframes, updates, manifest.lastSeq))).toEqual(finalBoard);
    // And any moment in between is the same board either way.
    for (const seq of [1, 150, 201, 333, manifest.lastSeq - 1]) {
      expect(readStoredRecords(rebuildBoard(keyframes, updates, seq))).toEqual(
        readStoredRecords(rebuildBoard([], updates, seq)),
      );
    }
  });

  it("marks chunks and keyframes immutable with a strong ETag, and answers a repeat with 304", async () => {
    const path = `/api/sessions/${sessionId}/replay/history/1-256`;
    const first = await interviewer(path);
    expect(first.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    await first.body?.cancel();
    const again = await interviewer(path, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);

    const manifest = await interviewer(`/api/sessions/${sessionId}/replay`);
    const manifestTag = manifest.headers.get("etag") as string;
    expect(manifest.headers.get("cache-control")).toBe("private, no-cache");
    await manifest.body?.cancel();
    expect(
      (await interviewer(`/api/sessions/${sessionId}/replay`, { headers: { "if-none-match": manifestTag } }))
        .status,
    ).toBe(304);
  });

  it("serves only ranges on the chunk grid, and nothing to a stranger", async () => {
    for (const range of ["2-257", "1-10", "1-99999", "0-256", "abc"])
      expect((await interviewer(`/api/sessions/${sessionId}/replay/history/${range}`)).status).toBe(404);
    expect((await interviewer(`/api/sessions/${sessionId}/replay/keyframes/3`)).status).toBe(404);
    for (const path of ["replay", "replay/history/1-256", "replay/keyframes/200"])
      expect((await stranger(`/api/sessions/${sessionId}/${path}`)).status).toBe(404);
  });

  // Last: it deletes a keyframe. The collab server prunes older snapshots whenever it writes
  // one, also in the second after the end (the final keyframe, then updates still on their
  // way), so a page that read the manifest just before can ask for a keyframe that is gone.
  it("shows the board when a keyframe its manifest named was pruned since, by reading the manifest again", async () => {
    const manifest = await manifestOf(candidate);
    const named = keyframeAtOrBefore(manifest.keyframes, manifest.lastSeq);
    expect(named).not.toBeNull();
    await testDb().boardSnapshot.delete({
      where: { docId_seq: { docId: boardDocId, seq: named?.seq ?? 0 } },
    });
    expect((await candidate(`/api/sessions/${sessionId}/replay/keyframes/${named?.seq}`)).status).toBe(404);

    // The page's own history client, downloading as the candidate, opening on the final board.
    const history = new ReplayHistory(
      sessionId,
      manifest,
      () => undefined,
      (path) => candidate(path),
    );
    expect(await history.showMoment(manifest.durationMs)).toBe(true);
    expect(history.seq).toBe(manifest.lastSeq);
    expect(readStoredRecords(history.doc)).toEqual(finalBoard);
    expect(history.manifest.keyframes.map((keyframe) => keyframe.seq)).not.toContain(named?.seq);
  });
});
