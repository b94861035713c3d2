import { boardSubprotocols, CloseCode } from "@mockboard/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { CollabLimits } from "./limits";
import { encodeSyncUpdate } from "./messages";
import { DOCUMENT_QUOTA_REASON, USER_QUOTA_REASON } from "./storage-quotas";
import { sleep, type TestServer, tokenFor, useCollabServers, waitFor } from "./testing/harness";

const collab = useCollabServers();

async function serverWith(limits: Partial<CollabLimits>) {
  return collab.start({ limits });
}

/** A bare editor socket on `docId` as `userId`, tracking whether it closed. */
async function editor(server: TestServer, docId: string, userId: string) {
  const raw = collab.connectRaw(
    `${server.wsUrl}/${docId}`,
    boardSubprotocols(await tokenFor(docId, { userId })),
  );
  let closed: { code: number; reason: string } | null = null;
  void raw.closed.then((result) => {
    closed = result;
  });
  await Promise.race([raw.opened, raw.closed]);
  return { raw, closed: () => closed };
}

const rows = (where: { docId?: string; userId?: string }) => collab.database.db.boardUpdate.count({ where });

const storedBytes = async (where: { docId?: string; userId?: string }) =>
  (await collab.database.db.boardUpdate.findMany({ where, select: { bytes: true } })).reduce(
    (sum, row) => sum + row.bytes.length,
    0,
  );

/**
 * Types and deletes a paragraph over and over (the document stays small, the log grows),
 * sending one update at a time and waiting until it is stored, until the server closes
 * the socket. Returns the close and the row count just before the refused update.
 */
async function typeAndDeleteUntilClosed(
  client: Awaited<ReturnType<typeof editor>>,
  docId: string,
  text: Y.Text,
  updates: Uint8Array[],
) {
  for (let round = 0; round < 200; round++) {
    text.insert(0, "a paragraph the candidate keeps rewriting. ".repeat(10));
    text.delete(0, text.length);
    while (updates.length > 0) {
      const update = updates.shift() as Uint8Array;
      const before = await rows({ docId });
      client.raw.socket.send(encodeSyncUpdate(update));
      await waitFor(
        async () => client.closed() !== null || (await rows({ docId })) === before + 1,
        "the update to be stored or refused",
      );
      const closed = client.closed();
      if (closed) return { closed: closed as { code: number; reason: string }, rowsBefore: before };
    }
  }
  throw new Error("the server never refused an update");
}

function recordingDoc() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  return { doc, text: doc.getText("notes"), updates };
}

describe("storage quotas", () => {
  it("closes the writer with the quota code once typing and deleting text passes the document's log quota, and stores nothing more", async () => {
    const quota = 8 * 1024;
    const server = await serverWith({ boardLogQuotaBytes: quota });
    const docId = "doc-quota-doc";
    const writer = await editor(server, docId, "wendy");
    const local = recordingDoc();

    const { closed, rowsBefore } = await typeAndDeleteUntilClosed(writer, docId, local.text, local.updates);
    expect(closed.code).toBe(CloseCode.StorageQuotaExceeded);
    expect(closed.reason).toBe(DOCUMENT_QUOTA_REASON);
    await sleep(300);
    expect(await rows({ docId })).toBe(rowsBefore);
    expect(rowsBefore).toBeGreaterThan(10);
    expect(await storedBytes({ docId })).toBeLessThanOrEqual(quota);
    // The merged document is tiny: the size limit alone would never have stopped this.
    expect(local.text.length).toBe(0);

    // Once the room is gone, the total is read back from the log: another editor is refused too.
    await waitFor(() => server.server.metrics().rooms === 0, "the room to be dropped");
    const other = await editor(server, docId, "otto");
    other.raw.socket.send(encodeSyncUpdate(recordingDocUpdate("more text", 2000)));
    expect((await other.raw.closed).code).toBe(CloseCode.StorageQuotaExceeded);
    await sleep(200);
    expect(await rows({ docId })).toBe(rowsBefore);
  });

  it("counts a person's log bytes across documents against their quota, while others still write", async () => {
    const quota = 6 * 1024;
    const server = await serverWith({ userLogQuotaBytes: quota });
    const first = await editor(server, "doc-quota-user-a", "uma");
    const firstDoc = recordingDoc();
    for (let i = 0; i < 5; i++) firstDoc.text.insert(0, "x".repeat(700));
    const before = await rows({ userId: "uma" });
    for (const update of firstDoc.updates.splice(0)) first.raw.socket.send(encodeSyncUpdate(update));
    await waitFor(
      async () => (await rows({ userId: "uma" })) === before + 5,
      "uma's first document to be stored",
    );
    expect(first.closed()).toBeNull();

    const second = await editor(server, "doc-quota-user-b", "uma");
    const secondDoc = recordingDoc();
    const { closed, rowsBefore } = await typeAndDeleteUntilClosed(
      second,
      "doc-quota-user-b",
      secondDoc.text,
      secondDoc.updates,
    );
    expect(closed.code).toBe(CloseCode.StorageQuotaExceeded);
    expect(closed.reason).toBe(USER_QUOTA_REASON);
    await sleep(300);
    expect(await rows({ docId: "doc-quota-user-b" })).toBe(rowsBefore);
    expect(await storedBytes({ userId: "uma" })).toBeLessThanOrEqual(quota);

    // Someone else keeps writing to the same document.
    const bob = await editor(server, "doc-quota-user-b", "bob");
    const bobRows = await rows({ userId: "bob" });
    bob.raw.socket.send(encodeSyncUpdate(recordingDocUpdate("bob's notes", 1000)));
    await waitFor(async () => (await rows({ userId: "bob" })) === bobRows + 1, "bob's update to be stored");

    // When uma comes back on a fresh server, her usage is read from the log.
    first.raw.socket.terminate();
    const restarted = await serverWith({ userLogQuotaBytes: quota });
    const back = await editor(restarted, "doc-quota-user-c", "uma");
    const umaRows = await rows({ userId: "uma" });
    back.raw.socket.send(encodeSyncUpdate(recordingDocUpdate("one more", 1000)));
    expect((await back.raw.closed).code).toBe(CloseCode.StorageQuotaExceeded);
    await sleep(200);
    expect(await rows({ userId: "uma" })).toBe(umaRows);
  });

  it("refuses a person's ninth connection on a server while another person still connects", async () => {
    const server = await serverWith({});
    expect(server.limits.maxConnectionsPerUser).toBe(8);
    const open: Awaited<ReturnType<typeof editor>>[] = [];
    for (let i = 0; i < 8; i++) open.push(await editor(server, `doc-tabs-${i % 3}`, "tabby"));
    await sleep(100);
    for (const client of open) expect(client.closed()).toBeNull();

    const ninth = await editor(server, "doc-tabs-9", "tabby");
    const refused = await ninth.raw.closed;
    expect(refused.code).toBe(CloseCode.TooManyConnections);
    expect(refused.reason).toMatch(/too many open board connections/);
    expect(server.server.metrics().refusedConnections["too-many-connections"]).toBe(1);

    const someoneElse = await editor(server, "doc-tabs-0", "sam");
    await sleep(100);
    expect(someoneElse.closed()).toBeNull();

    // Closing a tab frees its slot.
    open[0]?.raw.socket.close();
    await waitFor(async () => {
      const retry = await editor(server, "doc-tabs-9", "tabby");
      await sleep(50);
      if (retry.closed() === null) return true;
      return false;
    }, "a slot to free up");
  });
});

/** One update that inserts `size` characters of `label`. */
function recordingDocUpdate(label: string, size: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("notes").insert(0, label.repeat(Math.ceil(size / label.length)).slice(0, size));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
