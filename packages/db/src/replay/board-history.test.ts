import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { type BoardHistory, createBoardHistory } from "./board-history";

let t: TestDatabase;
let history: BoardHistory;
const docId = "board-history-doc";
const LAST_SEQ = 300;
const started = Date.parse("2026-12-07T10:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  history = createBoardHistory(t.url, { maxConnections: 2 });
  await t.db.boardUpdate.createMany({
    data: Array.from({ length: LAST_SEQ }, (_, i) => ({
      docId,
      seq: i + 1,
      at: new Date(started + i * 1000),
      userId: i % 2 === 0 ? "someone" : null,
      bytes: Uint8Array.from([i % 256, 7]),
    })),
  });
  await t.db.boardSnapshot.createMany({
    data: [
      { docId, seq: 100, at: new Date(started + 100_000), state: Uint8Array.from([1, 2, 3]) },
      { docId, seq: 256, at: new Date(started + 256_000), state: Uint8Array.from([4, 5]) },
    ],
  });
});
afterAll(async () => {
  await history.close();
  await t.drop();
});

describe("the board history a replay reads", () => {
  it("lists every update without bytes and the keyframes, in seq order", async () => {
    const index = await history.index(docId);
    expect(index.map((entry) => entry.seq)).toEqual(Array.from({ length: LAST_SEQ }, (_, i) => i + 1));
    expect(index[1]).toEqual({ seq: 2, at: new Date(started + 1000), userId: null });
    expect(await history.keyframes(docId)).toEqual([
      { seq: 100, at: new Date(started + 100_000) },
      { seq: 256, at: new Date(started + 256_000) },
    ]);
  });

  it("reads a range with the bytes, and how far the log goes past it as far as that decides a chunk", async () => {
    const full = await history.updates(docId, { from: 1, to: 256 });
    expect(full.updates.map((update) => update.seq)).toEqual(Array.from({ length: 256 }, (_, i) => i + 1));
    expect(Array.from(full.updates[9]?.bytes ?? [])).toEqual([9, 7]);
    expect(full.lastSeqUpToNext).toBe(257);

    const last = await history.updates(docId, { from: 257, to: LAST_SEQ });
    expect(last.updates.map((update) => update.seq)).toEqual(Array.from({ length: 44 }, (_, i) => i + 257));
    expect(last.lastSeqUpToNext).toBe(LAST_SEQ);

    expect(await history.updates(docId, { from: 513, to: 768 })).toEqual({ updates: [], lastSeqUpToNext: 0 });
  });

  it("reads one keyframe's state, and null where there is none", async () => {
    expect(Array.from((await history.keyframe(docId, 100)) ?? [])).toEqual([1, 2, 3]);
    expect(await history.keyframe(docId, 101)).toBeNull();
    expect(await history.keyframe("another-doc", 100)).toBeNull();
  });
});
