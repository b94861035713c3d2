import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { type BoardLog, BoardLogConflictError, type BoardUpdateInput, createBoardLog } from "./board-log";
import {
  type BoardLeases,
  type CollabNodeRegistration,
  createBoardLeases,
  registerCollabNode,
} from "./leases";

let t: TestDatabase;
let log: BoardLog;
let leases: BoardLeases;
let node: CollabNodeRegistration;
let otherNode: CollabNodeRegistration;
beforeAll(async () => {
  t = await createTestDatabase();
  log = createBoardLog(t.url, { maxConnections: 2 });
  leases = createBoardLeases(t.url);
  const register = () => registerCollabNode(t.url, { ttlMs: 60_000, onSessionLost: () => undefined });
  [node, otherNode] = await Promise.all([register(), register()]);
});
afterAll(async () => {
  await Promise.all([node.close(), otherNode.close()]);
  await Promise.all([log.close(), leases.close()]);
  await t.drop();
});

/** This test's node takes the document's lease (or a newer one) and returns its epoch. */
const epochs = new Map<string, number>();
async function own(docId: string, by = node): Promise<number> {
  const claim = await leases.acquire(docId, by.nodeId);
  if (!("epoch" in claim)) throw new Error(`${docId} is held by node ${claim.heldBy}`);
  epochs.set(docId, claim.epoch);
  return claim.epoch;
}

const bytes = (...values: number[]) => Uint8Array.from(values);
function rows(docId: string, firstSeq: number, count: number, at = Date.now()): BoardUpdateInput[] {
  return Array.from({ length: count }, (_, i) => ({
    docId,
    seq: firstSeq + i,
    userId: "user_1",
    bytes: bytes(firstSeq + i, 0xff, 0),
    at: at + i,
    epoch: epochs.get(docId) ?? 1,
  }));
}

describe("board log", () => {
  it("appends a batch for several documents in one statement and loads each in seq order", async () => {
    await Promise.all([own("doc-aaaaaaaa"), own("doc-bbbbbbbb")]);
    const result = await log.appendUpdates([...rows("doc-aaaaaaaa", 1, 3), ...rows("doc-bbbbbbbb", 1, 2)]);
    expect(result.refused.size).toBe(0);
    const a = await log.loadDoc("doc-aaaaaaaa");
    expect(a.snapshot).toBeNull();
    expect(a.updates.map((u) => u.seq)).toEqual([1, 2, 3]);
    expect(Array.from(a.updates[2]?.bytes ?? [])).toEqual([3, 0xff, 0]);
    expect(a.lastSeq).toBe(3);
    expect((await log.loadDoc("doc-bbbbbbbb")).lastSeq).toBe(2);
    expect(await log.lastSeq("doc-bbbbbbbb")).toBe(2);
  });

  it("loads the latest snapshot and only the updates after it", async () => {
    await own("doc-snapshot");
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
    await own("doc-sizes");
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
    await Promise.all([own("doc-conflict"), own("doc-innocent")]);
    await log.appendUpdates(rows("doc-conflict", 1, 2));
    const batch = [...rows("doc-innocent", 1, 1), ...rows("doc-conflict", 2, 2)];
    await expect(log.appendUpdates(batch)).rejects.toBeInstanceOf(BoardLogConflictError);
    expect(await log.lastSeq("doc-conflict")).toBe(2);
    expect(await log.lastSeq("doc-innocent")).toBe(0);
  });

  it("refuses rows whose seqs are not consecutive within a document", async () => {
    await own("doc-gapgapgap");
    const gap = [...rows("doc-gapgapgap", 1, 1), ...rows("doc-gapgapgap", 3, 1)];
    await expect(log.appendUpdates(gap)).rejects.toThrow(/not consecutive/);
    await expect(log.appendUpdates(rows("doc-gapgapgap", 0, 1))).rejects.toThrow(/invalid seq/);
    const twoEpochs = rows("doc-gapgapgap", 1, 2).map((row, i) => ({ ...row, epoch: row.epoch + i }));
    await expect(log.appendUpdates(twoEpochs)).rejects.toThrow(/two epochs/);
  });

  it("stores a document's rows only under its lease's current epoch, and the others of the batch", async () => {
    const [stale] = await Promise.all([own("doc-fenced00"), own("doc-bystander")]);
    const staleRows = rows("doc-fenced00", 1, 2);
    await log.appendUpdates(staleRows);
    // The owner hands over and another node takes the document: a new epoch.
    await leases.release("doc-fenced00", stale);
    const taken = await own("doc-fenced00", otherNode);
    expect(taken).toBeGreaterThan(stale);
    const late = rows("doc-fenced00", 3, 2).map((row) => ({ ...row, epoch: stale }));
    const result = await log.appendUpdates([...late, ...rows("doc-bystander", 1, 1)]);
    expect([...result.refused]).toEqual(["doc-fenced00"]);
    expect(await log.lastSeq("doc-fenced00")).toBe(2);
    expect(await log.lastSeq("doc-bystander")).toBe(1);
    // The new owner writes on from the log, under its own epoch.
    expect((await log.appendUpdates(rows("doc-fenced00", 3, 1))).refused.size).toBe(0);
    const stored = await t.db.boardUpdate.findMany({
      where: { docId: "doc-fenced00" },
      orderBy: { seq: "asc" },
    });
    expect(stored.map((row) => [row.seq, Number(row.epoch)])).toEqual([
      [1, stale],
      [2, stale],
      [3, taken],
    ]);
  });

  it("refuses every row of a document whose lease was released", async () => {
    const epoch = await own("doc-released");
    await leases.release("doc-released", epoch);
    const result = await log.appendUpdates(rows("doc-released", 1, 1));
    expect([...result.refused]).toEqual(["doc-released"]);
    expect(await log.lastSeq("doc-released")).toBe(0);
  });

  it("lists the updates of a time range with their author and server time", async () => {
    const start = Date.parse("2026-01-01T10:00:00.000Z");
    await own("doc-replayed");
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
