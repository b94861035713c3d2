import type { BoardLog } from "@mockboard/db/board-log";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  recordUpdates,
  sleep,
  type TestServer,
  tokenFor,
  useCollabServers,
  waitFor,
} from "./testing/harness";

const collab = useCollabServers();

/** Knobs to slow down or break the log, to widen the races under test. */
interface Faults {
  loadDelayMs: number;
  snapshotDelayMs: number;
  failNextAppends: number;
}

async function start(faults: Partial<Faults> = {}, snapshotEvery = 200) {
  const knobs: Faults = { loadDelayMs: 0, snapshotDelayMs: 0, failNextAppends: 0, ...faults };
  const server = await collab.start({
    snapshotEvery,
    wrapLog: (log): BoardLog => ({
      ...log,
      async loadDoc(docId) {
        await sleep(knobs.loadDelayMs);
        return log.loadDoc(docId);
      },
      async writeSnapshot(docId, seq, state) {
        await sleep(knobs.snapshotDelayMs);
        return log.writeSnapshot(docId, seq, state);
      },
      async appendUpdates(rows) {
        if (knobs.failNextAppends > 0) {
          knobs.failNextAppends--;
          throw new Error("injected storage failure");
        }
        return log.appendUpdates(rows);
      },
    }),
  });
  return { server, knobs };
}

function join(server: TestServer, docId: string, token: string) {
  return collab.connect(server.wsUrl, docId, token);
}

async function seqsOf(docId: string): Promise<number[]> {
  const rows = await collab.database.db.boardUpdate.findMany({
    where: { docId },
    select: { seq: true },
    orderBy: { seq: "asc" },
  });
  return rows.map((row) => row.seq);
}

const consecutive = (seqs: number[]) => seqs.every((seq, i) => seq === i + 1);

describe("room lifecycle", () => {
  it("answers the first sync with the stored history, snapshot and later updates alike", async () => {
    const docId = "doc-history1";
    const { server } = await start();
    const updates = recordUpdates(10, "stored");
    const merged = new Y.Doc();
    for (const update of updates.slice(0, 6)) Y.applyUpdate(merged, update);
    await server.seed(docId, updates, { userId: "u", at: 0 });
    await server.log.writeSnapshot(docId, 6, Y.encodeStateAsUpdate(merged));

    const client = join(server, docId, await tokenFor(docId));
    // Read inside the sync event itself: the state must be there on the first answer,
    // with no window where the client sees (or seeds) an empty board.
    const sizeAtSync = await new Promise<number>((resolve) =>
      client.provider.once("sync", () => resolve(client.shapes.size)),
    );
    expect(sizeAtSync).toBe(10);
  });

  it("holds back messages of clients that connect while the room is loading until it is loaded", async () => {
    const docId = "doc-slowload";
    const { server } = await start({ loadDelayMs: 400 });
    const updates = recordUpdates(5, "stored");
    await server.seed(docId, updates, { userId: "u", at: 0 });

    const token = await tokenFor(docId);
    const a = join(server, docId, token);
    const b = join(server, docId, token);
    // Written before the room has loaded: must be stored after the history, not clash with it.
    a.shapes.set("shape:early", { type: "geo" });
    const sizes = await Promise.all(
      [a, b].map(
        (client) =>
          new Promise<number>((resolve) => client.provider.once("sync", () => resolve(client.shapes.size))),
      ),
    );
    expect(sizes[1]).toBeGreaterThanOrEqual(5);
    await waitFor(() => b.shapes.has("shape:early") && b.shapes.size === 6, "b to get every shape");
    const seqs = await seqsOf(docId);
    expect(seqs.length).toBeGreaterThan(5);
    expect(consecutive(seqs)).toBe(true);
  });

  it("drops the room after the last client leaves, snapshots it, and reloads it on the next join", async () => {
    const docId = "doc-comeback";
    const { server } = await start();
    const token = await tokenFor(docId);
    const first = join(server, docId, token);
    await first.synced;
    for (let i = 0; i < 5; i++) first.shapes.set(`shape:${i}`, { type: "geo", x: i });
    await waitFor(async () => (await seqsOf(docId)).length === 5, "the five updates to be stored");
    first.destroy();
    await waitFor(() => server.server.metrics().rooms === 0, "the room to be dropped");
    expect(server.server.metrics().snapshotsTotal).toBe(1);
    expect(await collab.database.db.boardSnapshot.count({ where: { docId } })).toBe(1);

    const second = join(server, docId, token);
    await second.synced;
    expect(second.shapes.size).toBe(5);
    expect(server.server.metrics().rooms).toBe(1);
    second.shapes.set("shape:after", { type: "geo" });
    await waitFor(async () => (await seqsOf(docId)).length === 6, "the new update to be stored");
    expect(consecutive(await seqsOf(docId))).toBe(true);
  });

  it("keeps the room for a client that joins while it is being torn down", async () => {
    const docId = "doc-rejoined";
    const { server } = await start({ snapshotDelayMs: 500 });
    const token = await tokenFor(docId);
    const first = join(server, docId, token);
    await first.synced;
    first.shapes.set("shape:first", { type: "geo" });
    await waitFor(async () => (await seqsOf(docId)).length === 1, "the first update to be stored");
    first.destroy();
    await sleep(100); // the teardown is now writing its (slow) snapshot

    const second = join(server, docId, token);
    await second.synced;
    expect(second.shapes.has("shape:first")).toBe(true);
    second.shapes.set("shape:second", { type: "geo" });
    await sleep(600); // past the snapshot: the room must still be alive and serving
    expect(server.server.metrics().rooms).toBe(1);
    const peer = join(server, docId, token);
    await peer.synced;
    expect(peer.shapes.has("shape:second")).toBe(true);
    expect(consecutive(await seqsOf(docId))).toBe(true);
  });

  it("closes the clients of a room whose log write fails, and they resync into a fresh room without loss", async () => {
    const docId = "doc-failover";
    const { server, knobs } = await start();
    const token = await tokenFor(docId);
    const writer = join(server, docId, token);
    const reader = join(server, docId, token);
    await Promise.all([writer.synced, reader.synced]);
    const closes: number[] = [];
    writer.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));

    knobs.failNextAppends = 2; // the group commit and its per-document retry
    writer.shapes.set("shape:risky", { type: "geo" });
    await waitFor(() => closes.includes(1011), "the writer to be told storage failed");
    // The stock client reconnects and sends what the server lacks.
    await waitFor(() => reader.shapes.has("shape:risky"), "the shape to arrive after the resync");
    await waitFor(async () => (await seqsOf(docId)).length >= 1, "the shape to be stored");
    expect(consecutive(await seqsOf(docId))).toBe(true);
    expect(server.server.metrics().closedConnections["storage-failed"]).toBe(2);
  });
});
