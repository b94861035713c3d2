import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { type BoardLog, BoardLogConflictError, type BoardUpdateInput, createBoardLog } from "./board-log";

let t: TestDatabase;
let log: BoardLog;
beforeAll(async () => {
  t = await createTestDatabase();
  log = createBoardLog(t.url, { maxConnections: 2 });
});
afterAll(async () => {
  await log.close();
  await t.drop();
});

const bytes = (...values: number[]) => Uint8Array.from(values);
function rows(docId: string, firstSeq: number, count: number, at = Date.now()): BoardUpdateInput[] {
  return Array.from({ length: count }, (_, i) => ({
    docId,
    seq: firstSeq + i,
    userId: "user_1",
    bytes: bytes(firstSeq + i, 0xff, 0),
    at: at + i,
  }));
}

describe("board log", () => {
  it("appends a batch for several documents in one statement and loads each in seq order", async () => {
    await log.appendUpdates([...rows("doc-aaaaaaaa", 1, 3), ...rows("doc-bbbbbbbb", 1, 2)]);
    const a = await log.loadDoc("doc-aaaaaaaa");
    expect(a.snapshot).toBeNull();
    expect(a.updates.map((u) => u.seq)).toEqual([1, 2, 3]);
    expect(Array.from(a.updates[2]?.bytes ?? [])).toEqual([3, 0xff, 0]);
    expect(a.lastSeq).toBe(3);
    expect((await log.loadDoc("doc-bbbbbbbb")).lastSeq).toBe(2);
    expect(await log.lastSeq("doc-bbbbbbbb")).toBe(2);
  });

  it("loads the latest snapshot and only the updates after it", async () => {
    await log.appendUpdates(rows("doc-snapshot", 1, 5));
    await log.writeSnapshot("doc-snapshot", 2, bytes(9, 9));
    await log.writeSnapshot("doc-snapshot", 4, bytes(4, 4));
    // Writing the same snapshot again is a no-op, not an error.
    await log.writeSnapshot("doc-snapshot", 4, bytes(4, 4));
    const loaded = await log.loadDoc("doc-snapshot");
    expect(loaded.snapshot?.seq).toBe(4);
    expect(Array.from(loaded.snapshot?.state ?? [])).toEqual([4, 4]);
    expect(loaded.updates.map((u) => u.seq)).toEqual([5]);
    expect(loaded.lastSeq).toBe(5);
  });

  it("lists each snapshot with its size and the log's size up to it, and deletes the ones asked for", async () => {
    await log.appendUpdates(rows("doc-sizes", 1, 4));
    await log.writeSnapshot("doc-sizes", 2, bytes(1, 2, 3));
    await log.writeSnapshot("doc-sizes", 4, bytes(1, 2, 3, 4, 5));
    const logBytes = (upTo: number) =>
      rows("doc-sizes", 1, upTo).reduce((sum, row) => sum + row.bytes.length, 0);
    expect(await log.listSnapshots("doc-sizes")).toEqual([
      { seq: 2, bytes: 3, logBytesUpTo: logBytes(2) },
      { seq: 4, bytes: 5, logBytesUpTo: logBytes(4) },
    ]);
    expect(await log.deleteSnapshots("doc-sizes", [2, 99])).toBe(3);
    expect((await log.listSnapshots("doc-sizes")).map((snapshot) => snapshot.seq)).toEqual([4]);
    expect(await log.deleteSnapshots("doc-sizes", [])).toBe(0);
  });

  it("reports a duplicate seq as a conflict and stores nothing of that batch", async () => {
    await log.appendUpdates(rows("doc-conflict", 1, 2));
    const batch = [...rows("doc-innocent", 1, 1), ...rows("doc-conflict", 2, 2)];
    await expect(log.appendUpdates(batch)).rejects.toBeInstanceOf(BoardLogConflictError);
    expect(await log.lastSeq("doc-conflict")).toBe(2);
    expect(await log.lastSeq("doc-innocent")).toBe(0);
  });

  it("refuses rows whose seqs are not consecutive within a document", async () => {
    const gap = [...rows("doc-gapgapgap", 1, 1), ...rows("doc-gapgapgap", 3, 1)];
    await expect(log.appendUpdates(gap)).rejects.toThrow(/not consecutive/);
    await expect(log.appendUpdates(rows("doc-gapgapgap", 0, 1))).rejects.toThrow(/invalid seq/);
  });

  it("lists the updates of a time range with their author and server time", async () => {
    const start = Date.parse("2026-01-01T10:00:00.000Z");
    await log.appendUpdates(rows("doc-replayed", 1, 5, start));
    const listed = await log.listUpdates("doc-replayed", {
      from: new Date(start + 1),
      to: new Date(start + 4),
    });
    expect(listed.map((u) => u.seq)).toEqual([2, 3, 4]);
    expect(listed[0]?.at.toISOString()).toBe("2026-01-01T10:00:00.001Z");
    expect(listed[0]?.userId).toBe("user_1");
  });

  it("answers a ping and reports zero as the last seq of an unknown document", async () => {
    await expect(log.ping()).resolves.toBeUndefined();
    expect(await log.lastSeq("doc-unknown0")).toBe(0);
    expect(await log.loadDoc("doc-unknown0")).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
  });
});
