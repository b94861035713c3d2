// Issue #19, finding 5: snapshots are full copies of a board. They are counted in the
// document's storage quota, written only when they save a load more than they cost, and
// pruned to what loading and the replay need (the newest, plus keyframes).
import { notifyBoardAccessChanged } from "@mockboard/db/board-access";
import { createBoardLogUsage } from "@mockboard/db/board-log";
import { CloseCode } from "@mockboard/protocol";
import { describe, expect, it } from "vitest";
import type { CollabLimits } from "./limits";
import { type TestClient, type TestServer, tokenFor, useCollabServers, waitFor } from "./testing/harness";

const collab = useCollabServers();

async function start(options: { snapshotEvery?: number; limits?: Partial<CollabLimits> } = {}) {
  return collab.start(options);
}

function join(server: TestServer, docId: string, token: string) {
  return collab.connect(server.wsUrl, docId, token);
}

const updateRows = (docId: string) => collab.database.db.boardUpdate.count({ where: { docId } });

async function storedBytes(docId: string) {
  const [updates, snapshots] = await Promise.all([
    collab.database.db.boardUpdate.findMany({ where: { docId }, select: { bytes: true } }),
    collab.database.db.boardSnapshot.findMany({ where: { docId }, select: { state: true } }),
  ]);
  const sum = (parts: Uint8Array[]) => parts.reduce((total, part) => total + part.length, 0);
  return { log: sum(updates.map((row) => row.bytes)), snapshots: sum(snapshots.map((row) => row.state)) };
}

/** One editing visit: connect, run `edit`, wait until its updates are stored, leave, wait for teardown. */
async function visit(server: TestServer, docId: string, edit: (client: TestClient) => void, updates = 1) {
  const before = await updateRows(docId);
  const client = join(server, docId, await tokenFor(docId));
  await client.synced;
  edit(client);
  await waitFor(
    async () => (await updateRows(docId)) >= before + updates,
    "the visit's updates to be stored",
  );
  client.destroy();
  await waitFor(() => server.server.metrics().rooms === 0, "the room to be torn down");
  // The teardown's snapshot, if any, is written before the room is dropped.
}

const PARAGRAPH = "A board that grew large once and is then only touched up. ".repeat(1024);

describe("board snapshots", () => {
  it("keep a board grown once and then changed one character at a time to a bounded number of copies", async () => {
    const docId = "doc-grown-once";
    const server = await start();
    // About 240 KB in four updates, then six visits that each type one character.
    await visit(
      server,
      docId,
      (client) => {
        for (let part = 0; part < 4; part++) client.doc.getText("notes").insert(0, PARAGRAPH);
      },
      4,
    );
    const grown = await storedBytes(docId);
    for (let round = 0; round < 6; round++)
      await visit(server, docId, (client) => client.doc.getText("notes").insert(0, "x"));
    const after = await storedBytes(docId);
    const snapshots = await collab.database.db.boardSnapshot.count({ where: { docId } });
    console.log(
      `grown once to ${(grown.log / 1024).toFixed(0)} KB of log, then six one-character visits: ` +
        `${snapshots} snapshots, ${((after.log + after.snapshots) / 1024).toFixed(0)} KB stored ` +
        `(${(after.snapshots / 1024).toFixed(0)} KB of them snapshots)`,
    );
    expect(snapshots).toBe(1);
    expect(after.snapshots).toBeLessThanOrEqual(grown.log);
    // And the board still loads whole.
    const reader = join(server, docId, await tokenFor(docId, { role: "viewer" }));
    await reader.synced;
    expect(reader.doc.getText("notes").length).toBe(4 * PARAGRAPH.length + 6);
  });

  it("are counted in the document's storage quota, so a board cannot store more than it allows", async () => {
    const docId = "doc-quota-snapshots";
    // Room for the log (about 240 KB) and one copy of the board, but not for 100 KB more.
    const server = await start({ limits: { boardLogQuotaBytes: 500 * 1024 } });
    await visit(
      server,
      docId,
      (client) => {
        for (let part = 0; part < 4; part++) client.doc.getText("notes").insert(0, PARAGRAPH);
      },
      4,
    );
    const stored = await storedBytes(docId);
    const usage = createBoardLogUsage(collab.database.url);
    try {
      expect(await usage.docBytes(docId)).toBe(stored.log + stored.snapshots);
    } finally {
      await usage.close();
    }
    expect(stored.snapshots).toBeGreaterThan(0);
    // The log alone would leave room for another 100 KB; with its snapshot it does not.
    const client = join(server, docId, await tokenFor(docId));
    await client.synced;
    const closes: number[] = [];
    client.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));
    client.doc.getText("notes").insert(0, "y".repeat(100 * 1024));
    await waitFor(() => closes.includes(CloseCode.StorageQuotaExceeded), "the write to be refused");
    const total = await storedBytes(docId);
    expect(total.log + total.snapshots).toBeLessThanOrEqual(500 * 1024);
  });

  it("keep a keyframe wherever the log since the last one outweighs it, for the replay", async () => {
    const docId = "doc-keyframes";
    const server = await start({ snapshotEvery: 10 });
    // A small board whose one shape moves ten times a round, six rounds: each snapshot is
    // small, the log between two of them is not.
    const client = join(server, docId, await tokenFor(docId));
    await client.synced;
    const shapes = client.doc.getMap("shapes");
    for (let round = 1; round <= 6; round++) {
      for (let move = 0; move < 10; move++) shapes.set("shape:1", { x: move, label: "z".repeat(500) });
      await waitFor(
        async () => (await collab.database.db.boardSnapshot.count({ where: { docId } })) === round,
        `round ${round}'s snapshot`,
      );
    }
    const kept = await collab.database.db.boardSnapshot.findMany({ where: { docId }, select: { seq: true } });
    expect(kept.map((row) => row.seq).sort((a, b) => a - b)).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it("are not written when nothing changed since the last", async () => {
    const docId = "doc-unchanged";
    const server = await start();
    await visit(server, docId, (client) => client.doc.getMap("shapes").set("shape:1", { x: 1 }));
    const written = server.server.metrics().snapshotsTotal;
    for (let round = 0; round < 3; round++) {
      const client = join(server, docId, await tokenFor(docId));
      await client.synced;
      client.destroy();
      await waitFor(() => server.server.metrics().rooms === 0, "the room to be torn down");
    }
    expect(server.server.metrics().snapshotsTotal).toBe(written);
    expect(await collab.database.db.boardSnapshot.count({ where: { docId } })).toBe(1);
  });

  it("write a keyframe of the final board when the session ends, while people are still in the room", async () => {
    const docId = "doc-ended";
    const server = await start();
    const interviewer = join(server, docId, await tokenFor(docId, { userId: "ivy" }));
    const observer = join(server, docId, await tokenFor(docId, { userId: "obs", role: "viewer" }));
    await Promise.all([interviewer.synced, observer.synced]);
    // A few small edits: far from SNAPSHOT_EVERY, and a close would find them not worth a copy.
    for (let move = 0; move < 5; move++) interviewer.doc.getMap("shapes").set("shape:1", { x: move });
    await waitFor(async () => (await updateRows(docId)) === 5, "the edits to be stored");
    expect(await collab.database.db.boardSnapshot.count({ where: { docId } })).toBe(0);

    // Ending the session turns everyone into a viewer (packages/db live-session lifecycle).
    await notifyBoardAccessChanged(collab.database.db, { docId, access: "viewer" });
    await waitFor(
      async () => (await collab.database.db.boardSnapshot.findFirst({ where: { docId, seq: 5 } })) !== null,
      "the final keyframe",
    );
    // Written while the room stayed open (the observer is still in it), not at teardown.
    expect(server.server.metrics().rooms).toBe(1);
    expect(observer.provider.wsconnected).toBe(true);
  });
});
