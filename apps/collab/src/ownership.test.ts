// Document ownership on real Postgres with servers in this process: the lease a room takes
// and gives back, the fence that refuses a room that lost it, handing a document to another
// node that asks, and sending a connection on when the document stays another node's.
import { createBoardLeases, registerCollabNode } from "@mockboard/db/board-log";
import { CloseCode } from "@mockboard/protocol";
import { describe, expect, it } from "vitest";
import type { MetricsSnapshot } from "./metrics";
import {
  recordUpdates,
  sleep,
  type TestClient,
  type TestServer,
  tokenFor,
  useCollabServers,
  waitFor,
} from "./testing/harness";

const collab = useCollabServers();

// A long lease: renewals (every quarter of it) never run during a test, so what a room
// learns, it learns from the fence or a handoff request.
async function server(options: { acquireTimeoutMs?: number } = {}) {
  return collab.start({ leaseTtlMs: 60_000, ...options });
}

async function join(at: TestServer, docId: string, userId = "user-a") {
  return collab.connect(at.wsUrl, docId, await tokenFor(docId, { userId }));
}

/** Resolves with the code of the next close the server sends this client. */
function nextClose(client: TestClient): Promise<number> {
  return new Promise((resolve) =>
    client.provider.once("connection-close", (event: { code: number } | null) => resolve(event?.code ?? 0)),
  );
}

const metricsOf = async (at: TestServer) =>
  (await (await fetch(`${at.internalUrl}/metrics`)).json()) as MetricsSnapshot;
const leaseOf = (docId: string) => collab.database.db.boardLease.findUnique({ where: { docId } });
const epochsOf = async (docId: string) =>
  (
    await collab.database.db.boardUpdate.findMany({
      where: { docId },
      orderBy: { seq: "asc" },
      select: { epoch: true },
    })
  ).map((row) => Number(row.epoch));

describe("document ownership", () => {
  it("takes a document's lease before the room loads and gives it back once the room empties", async () => {
    const s = await server();
    const docId = "doc-own-lease";
    const client = await join(s, docId);
    await client.synced;
    const { ownership } = await metricsOf(s);
    const lease = await leaseOf(docId);
    expect(lease?.nodeId).toBe(ownership.nodeId);
    client.shapes.set("shape:1", { x: 1 });
    await waitFor(async () => (await epochsOf(docId)).length === 1, "the update to be stored");
    expect(await epochsOf(docId)).toEqual([Number(lease?.epoch)]);

    client.destroy();
    await waitFor(async () => (await leaseOf(docId)) === null, "the lease to be released");
    expect((await metricsOf(s)).ownership).toMatchObject({ acquiredTotal: 1, releasedTotal: 1, leases: 0 });
  });

  it("stores nothing a room sends after its lease went to another node, and sends its clients to reconnect", async () => {
    const s = await server();
    const docId = "doc-own-fenced";
    const client = await join(s, docId);
    await client.synced;
    client.shapes.set("before", 1);
    await waitFor(async () => (await epochsOf(docId)).length === 1, "the first update to be stored");
    const stale = await leaseOf(docId);

    // The node stops renewing (as if paused) and another node takes the document.
    const { ownership } = await metricsOf(s);
    await collab.database.db.collabNode.update({
      where: { id: ownership.nodeId ?? 0 },
      data: { expiresAt: new Date(0) },
    });
    const other = await registerCollabNode(collab.database.url, {
      ttlMs: 60_000,
      onSessionLost: () => undefined,
    });
    const leases = createBoardLeases(collab.database.url);
    try {
      const taken = await leases.acquire(docId, other.nodeId);
      expect(taken).toEqual({ epoch: expect.any(Number) });

      // The room does not know yet: its next update meets the fence.
      const closed = nextClose(client);
      client.shapes.set("after", 2);
      expect(await closed).toBe(CloseCode.Moved);
      expect(await epochsOf(docId)).toEqual([Number(stale?.epoch)]);
      const metrics = await metricsOf(s);
      expect(metrics.ownership.refusedUpdatesTotal).toBeGreaterThan(0);
      expect(metrics.ownership.lostTotal).toBe(1);
      expect(metrics.closedConnections.moved).toBeGreaterThan(0);
      // Not given back: the lease is the other node's.
      expect((await leaseOf(docId))?.nodeId).toBe(other.nodeId);
    } finally {
      client.destroy();
      await other.close();
      await leases.close();
    }
  });

  it("hands a document to another node that asks: flushed, released, and nothing a client wrote is lost", async () => {
    const [first, second] = [await server(), await server()];
    const docId = "doc-own-handoff";
    const writer = await join(first, docId, "user-writer");
    await writer.synced;
    for (const [i, update] of recordUpdates(20, "early").entries())
      writer.shapes.set(`early-${i}`, update.length);
    // The writer goes where the document went, as nginx would send it.
    writer.provider.on("connection-close", (event: { code: number } | null) => {
      if (event?.code === CloseCode.Moved) writer.provider.serverUrl = second.wsUrl;
    });
    // A room holds a document a moment before handing it over (no ping-pong).
    await sleep(2100);

    const moved = nextClose(writer);
    const reader = await join(second, docId, "user-reader");
    expect(await moved).toBe(CloseCode.Moved);
    // Written while moving: kept by the client and sent to the new owner.
    writer.shapes.set("while-moving", 1);
    await reader.synced;
    await waitFor(
      () => reader.shapes.size === 21 && writer.shapes.size === 21,
      "both clients to hold all 21 keys through the new owner",
    );
    const lease = await leaseOf(docId);
    expect(lease?.nodeId).toBe((await metricsOf(second)).ownership.nodeId);
    const epochs = await epochsOf(docId);
    expect(epochs).toHaveLength(21);
    expect(new Set(epochs).size).toBe(2);
    expect((await metricsOf(first)).ownership).toMatchObject({ handedOffTotal: 1, refusedUpdatesTotal: 0 });
  });

  it("sends a connection on with Moved when another node keeps the document past the wait", async () => {
    const [first, second] = [await server(), await server({ acquireTimeoutMs: 300 })];
    const docId = "doc-own-refused";
    const holder = await join(first, docId, "user-holder");
    await holder.synced;
    // Within its first two seconds the holder keeps the document, so the wait runs out.
    const latecomer = await join(second, docId, "user-late");
    expect(await nextClose(latecomer)).toBe(CloseCode.Moved);
    expect((await metricsOf(second)).closedConnections.moved).toBeGreaterThan(0);
  });
});
