import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { listenForHandoffRequests } from "./handoff";
import {
  type BoardLeases,
  type CollabNodeRegistration,
  createBoardLeases,
  registerCollabNode,
} from "./leases";

let t: TestDatabase;
let leases: BoardLeases;
const nodes: CollabNodeRegistration[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
  leases = createBoardLeases(t.url);
});
afterAll(async () => {
  await Promise.all(nodes.map((node) => node.close()));
  await leases.close();
  await t.drop();
});

async function startNode(ttlMs = 60_000, onSessionLost: () => void = () => undefined) {
  const node = await registerCollabNode(t.url, { ttlMs, onSessionLost });
  nodes.push(node);
  return node;
}

/** Ends a node's session from outside, as Postgres does when the process dies (waits for the backend to exit). */
async function killSession(node: CollabNodeRegistration) {
  const admin = new pg.Client({ connectionString: t.url });
  await admin.connect();
  try {
    await admin.query(
      `select pg_terminate_backend(pid, 5000) from pg_locks
       where locktype = 'advisory' and objid = $1::oid and objsubid = 2 and granted`,
      [node.nodeId],
    );
  } finally {
    await admin.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("board leases", () => {
  it("gives a free document to the first node and tells the next which node holds it", async () => {
    const [a, b] = [await startNode(), await startNode()];
    const first = await leases.acquire("doc-first001", a.nodeId);
    expect(first).toEqual({ epoch: expect.any(Number) });
    expect(await leases.acquire("doc-first001", b.nodeId)).toEqual({ heldBy: a.nodeId });
  });

  it("gives every owner a new epoch, the same node again too", async () => {
    const a = await startNode();
    const first = await leases.acquire("doc-epochs01", a.nodeId);
    const again = await leases.acquire("doc-epochs01", a.nodeId);
    if (!("epoch" in first) || !("epoch" in again)) throw new Error("not acquired");
    expect(again.epoch).toBeGreaterThan(first.epoch);
  });

  it("lets another node take a document once the holder released it, and ignores a stale release", async () => {
    const [a, b] = [await startNode(), await startNode()];
    const held = await leases.acquire("doc-release1", a.nodeId);
    if (!("epoch" in held)) throw new Error("not acquired");
    await leases.release("doc-release1", held.epoch);
    const taken = await leases.acquire("doc-release1", b.nodeId);
    if (!("epoch" in taken)) throw new Error("not acquired");
    await leases.release("doc-release1", held.epoch);
    expect(await leases.acquire("doc-release1", a.nodeId)).toEqual({ heldBy: b.nodeId });
  });

  it("lets a document be taken from a node whose session ended, at once", async () => {
    let lost = false;
    const [a, b] = [
      await startNode(60_000, () => {
        lost = true;
      }),
      await startNode(),
    ];
    await leases.acquire("doc-crashed1", a.nodeId);
    await killSession(a);
    const taken = await leases.acquire("doc-crashed1", b.nodeId);
    expect(taken).toEqual({ epoch: expect.any(Number) });
    await expect.poll(() => lost).toBe(true);
  });

  it("lets a document be taken from a node that stopped renewing though its session lives on", async () => {
    const [a, b] = [await startNode(300), await startNode()];
    await leases.acquire("doc-paused01", a.nodeId);
    expect(await leases.acquire("doc-paused01", b.nodeId)).toEqual({ heldBy: a.nodeId });
    await sleep(400);
    expect(await leases.acquire("doc-paused01", b.nodeId)).toEqual({ epoch: expect.any(Number) });
    // The paused node renews when it wakes, and learns the document is no longer its own.
    const renewal = await a.renew(60_000);
    expect(renewal.leases.has("doc-paused01")).toBe(false);
    expect(renewal.otherNodes).toContain(b.nodeId);
  });

  it("lists a node's leases with their epochs when it renews", async () => {
    const a = await startNode();
    const claim = await leases.acquire("doc-renewed1", a.nodeId);
    if (!("epoch" in claim)) throw new Error("not acquired");
    const renewal = await a.renew(60_000);
    expect(renewal.leases).toEqual(new Map([["doc-renewed1", claim.epoch]]));
  });

  it("releases every lease of a node that closes", async () => {
    const [a, b] = [await startNode(), await startNode()];
    await leases.acquire("doc-closing1", a.nodeId);
    await a.close();
    expect(await leases.acquire("doc-closing1", b.nodeId)).toEqual({ epoch: expect.any(Number) });
  });

  it("delivers a handoff request to the node it asks", async () => {
    const [a, b] = [await startNode(), await startNode()];
    const heard: unknown[] = [];
    const listener = listenForHandoffRequests(
      t.url,
      () => a.nodeId,
      (request) => heard.push(request),
    );
    try {
      await listener.ready;
      await leases.askForHandoff({ docId: "doc-handoff1", from: b.nodeId, to: a.nodeId });
      await leases.askForHandoff({ docId: "doc-handoff1", from: a.nodeId, to: b.nodeId });
      await expect.poll(() => heard).toEqual([{ docId: "doc-handoff1", from: a.nodeId, to: b.nodeId }]);
    } finally {
      await listener.close();
    }
  });
});
