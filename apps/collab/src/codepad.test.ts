// The code pad shares the board's document (packages/codepad): these check that its updates
// go through everything the board's do: stored before they are relayed, counted against the
// same quotas, refused with the same close codes, and its cursors stamped like the board's.
import { codeText, publishRun, readCodePad, seedStarterCode, setLanguage } from "@mockboard/codepad";
import { boardSubprotocols, CloseCode } from "@mockboard/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { CollabLimits } from "./limits";
import { encodeSyncUpdate } from "./messages";
import { DOCUMENT_QUOTA_REASON } from "./storage-quotas";
import { geoShape } from "./testing/board-records";
import { sleep, type TestServer, tokenFor, useCollabServers, waitFor } from "./testing/harness";

const collab = useCollabServers();

async function serverWith(limits: Partial<CollabLimits> = {}) {
  return collab.start({ limits });
}

async function join(server: TestServer, docId: string, userId: string, name = userId) {
  const client = collab.connect(server.wsUrl, docId, await tokenFor(docId, { userId, name }));
  await client.synced;
  return client;
}

const rows = (docId: string) => collab.database.db.boardUpdate.count({ where: { docId } });

/** The document as stored: every logged update applied in order. */
async function storedDoc(docId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const stored = await collab.database.db.boardUpdate.findMany({ where: { docId }, orderBy: { seq: "asc" } });
  for (const update of stored) Y.applyUpdate(doc, update.bytes);
  return doc;
}

/** The board's records as @mockboard/board stores them: key-value entries in the `tl_records` array. */
const boardRecords = (doc: Y.Doc) =>
  doc.getArray<{ key: string; val: Record<string, unknown> }>("tl_records");

function drawShape(doc: Y.Doc, id: string, note = "") {
  const record = { ...geoShape(id, 1, 2), meta: { note } };
  boardRecords(doc).push([{ key: record.id, val: record }]);
}

const shapeIds = (doc: Y.Doc) =>
  boardRecords(doc)
    .toArray()
    .map((entry) => entry.key);

describe("the code pad through the collab server", () => {
  it("relays code, the language and a run to the other person and stores them in the board's log beside its records", async () => {
    const server = await serverWith();
    const docId = "doc-codepad-sync";
    const ada = await join(server, docId, "ada");
    const bob = await join(server, docId, "bob");
    const before = await rows(docId);

    drawShape(ada.doc, "box");
    seedStarterCode(ada.doc, "python", "def solve():\n    pass\n");
    codeText(ada.doc, "python").insert(0, "# warm-up\n");
    setLanguage(bob.doc, "javascript");
    codeText(bob.doc, "javascript").insert(0, "console.log(1)");
    publishRun(bob.doc, {
      id: "r1",
      mode: "run",
      language: "javascript",
      by: "bob",
      status: "ok",
      startedAt: Date.now(),
      durationMs: 3,
      stdout: "1\n",
      stderr: "",
      truncated: false,
      tests: null,
    });

    await waitFor(
      () => codeText(bob.doc, "python").toString() === "# warm-up\ndef solve():\n    pass\n",
      "bob to see ada's code",
    );
    await waitFor(() => readCodePad(ada.doc).run?.stdout === "1\n", "ada to see bob's run");
    expect(readCodePad(ada.doc)).toMatchObject({ language: "javascript", code: "console.log(1)" });
    expect(shapeIds(bob.doc)).toEqual(["shape:box"]);

    // Every change is a row of the same log, so a reload (and the replay) rebuild it all.
    await waitFor(async () => (await rows(docId)) >= before + 6, "every update to be stored");
    const stored = await storedDoc(docId);
    expect(readCodePad(stored)).toMatchObject({ language: "javascript", code: "console.log(1)" });
    expect(codeText(stored, "python").toString()).toBe("# warm-up\ndef solve():\n    pass\n");
    expect(shapeIds(stored)).toEqual(["shape:box"]);
  });

  it("keeps a viewer's code edits out of the document and the log", async () => {
    const server = await serverWith();
    const docId = "doc-codepad-viewer";
    const ada = await join(server, docId, "ada");
    const viewer = collab.connect(
      server.wsUrl,
      docId,
      await tokenFor(docId, { userId: "coach", role: "viewer" }),
    );
    await viewer.synced;
    const before = await rows(docId);
    codeText(viewer.doc, "python").insert(0, "print('from a viewer')");
    await sleep(500);
    expect(codeText(ada.doc, "python").toString()).toBe("");
    expect(await rows(docId)).toBe(before);
  });

  it("counts code against the document's log quota together with the board, and closes the writer past it", async () => {
    const quota = 16 * 1024;
    const server = await serverWith({ boardLogQuotaBytes: quota });
    const docId = "doc-codepad-quota";
    const raw = collab.connectRaw(
      `${server.wsUrl}/${docId}`,
      boardSubprotocols(await tokenFor(docId, { userId: "wendy" })),
    );
    await raw.opened;
    const local = new Y.Doc();
    const updates: Uint8Array[] = [];
    local.on("update", (update: Uint8Array) => updates.push(update));
    const send = async () => {
      for (const update of updates.splice(0)) {
        const stored = await rows(docId);
        raw.socket.send(encodeSyncUpdate(update));
        const outcome = await Promise.race([
          raw.closed,
          waitFor(async () => (await rows(docId)) === stored + 1, "the update to be stored").then(() => null),
        ]);
        if (outcome) return outcome;
      }
      return null;
    };

    // Half the quota on the board...
    for (let i = 0; i < 8; i++) drawShape(local, String(i), "x".repeat(1000));
    expect(await send()).toBeNull();
    const boardBytes = (
      await collab.database.db.boardUpdate.findMany({ where: { docId }, select: { bytes: true } })
    ).reduce((sum, row) => sum + row.bytes.length, 0);
    expect(boardBytes).toBeGreaterThan(quota / 3);

    // ...and the code pad's typing fills the rest: the writer is closed, nothing more stored.
    let closed: { code: number; reason: string } | null = null;
    const text = codeText(local, "python");
    for (let round = 0; round < 100 && !closed; round++) {
      text.insert(0, "def solve(nums):\n    return sorted(nums)\n".repeat(5));
      text.delete(0, text.length);
      closed = await send();
    }
    expect(closed).toMatchObject({ code: CloseCode.StorageQuotaExceeded, reason: DOCUMENT_QUOTA_REASON });
    const stored = await collab.database.db.boardUpdate.findMany({
      where: { docId },
      select: { bytes: true },
    });
    expect(stored.reduce((sum, row) => sum + row.bytes.length, 0)).toBeLessThanOrEqual(quota);
  });

  it("closes a client offering a code edit larger than a message may be, as for the board, and stores none of it", async () => {
    const server = await serverWith();
    const docId = "doc-codepad-oversized";
    const raw = collab.connectRaw(`${server.wsUrl}/${docId}`, boardSubprotocols(await tokenFor(docId)));
    await raw.opened;
    const local = new Y.Doc();
    codeText(local, "python").insert(0, "x = 1\n".repeat(Math.ceil(server.limits.maxMessageBytes / 6) + 10));
    raw.socket.send(encodeSyncUpdate(Y.encodeStateAsUpdate(local)));
    expect((await raw.closed).code).toBe(CloseCode.MessageTooLarge);
    await sleep(200);
    expect(await rows(docId)).toBe(0);
  });

  it("closes a client whose code would grow the document past its size limit", async () => {
    const server = await serverWith({ maxDocumentBytes: 64 * 1024 });
    const docId = "doc-codepad-toolarge";
    const raw = collab.connectRaw(`${server.wsUrl}/${docId}`, boardSubprotocols(await tokenFor(docId)));
    await raw.opened;
    const local = new Y.Doc();
    const updates: Uint8Array[] = [];
    local.on("update", (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 12; i++) codeText(local, "python").insert(0, `# ${"x".repeat(10_000)}\n`);
    for (const update of updates) raw.socket.send(encodeSyncUpdate(update));
    expect((await raw.closed).code).toBe(CloseCode.DocumentTooLarge);
    await waitFor(() => server.server.metrics().rooms === 0, "the room to be dropped");
    expect(Y.encodeStateAsUpdate(await storedDoc(docId)).length).toBeLessThanOrEqual(64 * 1024);
  });

  it("shows each person's code cursor to the other under the name and colour of their board token", async () => {
    const server = await serverWith();
    const docId = "doc-codepad-cursor";
    const ada = await join(server, docId, "ada", "Ada Lovelace");
    const bob = await join(server, docId, "bob", "Bob");
    const text = codeText(ada.doc, "python");
    text.insert(0, "print('hi')");
    const anchor = Y.createRelativePositionFromTypeIndex(text, 2);
    const head = Y.createRelativePositionFromTypeIndex(text, 5);
    ada.provider.awareness.setLocalStateField("user", { name: "Someone else", color: "#000000" });
    ada.provider.awareness.setLocalStateField("cursor", { anchor, head });
    const clientId = ada.doc.clientID;
    await waitFor(
      () => Boolean(bob.provider.awareness.getStates().get(clientId)?.cursor),
      "bob to see ada's cursor",
    );
    const state = bob.provider.awareness.getStates().get(clientId) as {
      user: { name: string; color: string };
      cursor: { anchor: unknown; head: unknown };
    };
    expect(state.user).toMatchObject({ name: "Ada Lovelace", color: "#1971c2" });
    await waitFor(() => codeText(bob.doc, "python").toString() === "print('hi')", "bob to have the text");
    const at = Y.createAbsolutePositionFromRelativePosition(
      Y.createRelativePositionFromJSON(state.cursor.head),
      bob.doc,
    );
    expect(at?.index).toBe(5);
  });
});
