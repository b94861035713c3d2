// Issue #19, finding 9: one participant could break the board for everyone, for good, by
// writing a record the app cannot load (a shape with x: "NaN", a schema newer than the
// app's): it went into the log and every later load failed. The server now checks every
// record an editor's update writes against the board's tldraw schema before storing it.
import { CloseCode } from "@mockboard/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { encodeSyncUpdate } from "./messages";
import { appSchema, boardKeyValue, geoShape, kitComponent } from "./testing/board-records";
import { type TestClient, useCollabServer, waitFor } from "./testing/harness";

const collab = useCollabServer();

function closesOf(client: TestClient): number[] {
  const codes: number[] = [];
  client.provider.on("connection-close", (event) => codes.push(event?.code ?? 0));
  return codes;
}

const storedRows = (docId: string) => collab.db.boardUpdate.count({ where: { docId } });

/** A writer and a watcher on a board that already holds one valid shape and the app's schema. */
async function board(docId: string) {
  const writer = await collab.join(docId, { userId: "mallory" });
  const watcher = await collab.join(docId, { userId: "ivy", role: "viewer" });
  writer.doc.getMap("tl_meta").set("schema", appSchema());
  boardKeyValue(writer.doc).set("shape:good", geoShape("good"));
  await waitFor(() => boardKeyValue(watcher.doc).has("shape:good"), "the valid shape to reach the watcher");
  return { writer, watcher, closes: closesOf(writer), stored: await storedRows(docId) };
}

describe("board records written by an editor", () => {
  it("are stored and relayed when valid, however fast a shape is moved", async () => {
    const docId = "doc-records-valid";
    const { writer, watcher, closes, stored } = await board(docId);
    const shapes = boardKeyValue(writer.doc);
    for (let move = 1; move <= 40; move++) shapes.set("shape:moving", geoShape("moving", move, move));
    await waitFor(
      () => (boardKeyValue(watcher.doc).get("shape:moving") as { x?: number } | undefined)?.x === 40,
      "the last move to reach the watcher",
    );
    expect(closes).toEqual([]);
    expect(await storedRows(docId)).toBeGreaterThan(stored);
  });

  it("are stored when they are the board kit's own components, and refused when a component's props are wrong", async () => {
    const docId = "doc-records-kit";
    const { writer, watcher, closes } = await board(docId);
    boardKeyValue(writer.doc).set("shape:lb", kitComponent("lb"));
    await waitFor(() => boardKeyValue(watcher.doc).has("shape:lb"), "the component to reach the watcher");
    expect(closes).toEqual([]);
    const wrong = kitComponent("chain") as unknown as { props: Record<string, unknown> };
    boardKeyValue(writer.doc).set("shape:chain", { ...wrong, props: { ...wrong.props, kind: "blockchain" } });
    await waitFor(() => closes.includes(CloseCode.InvalidRecord), "the writer to be closed");
    expect(boardKeyValue(watcher.doc).has("shape:chain")).toBe(false);
  });

  it("are refused when a shape's props break tldraw's validators: the writer is told and closed, nothing is stored", async () => {
    const docId = "doc-records-nan";
    const { writer, watcher, closes, stored } = await board(docId);
    const reasons: string[] = [];
    writer.provider.on("connection-close", (event) => reasons.push(event?.reason ?? ""));
    boardKeyValue(writer.doc).set("shape:bad", { ...geoShape("bad"), x: "NaN" });
    await waitFor(() => closes.includes(CloseCode.InvalidRecord), "the writer to be closed");
    expect(reasons[0]).toMatch(/invalid shape shape:bad/);
    expect(await storedRows(docId)).toBe(stored);
    expect(boardKeyValue(watcher.doc).has("shape:bad")).toBe(false);
    // A fresh load of the board is still whole.
    const reader = await collab.join(docId, { userId: "later", role: "viewer" });
    expect(boardKeyValue(reader.doc).has("shape:good")).toBe(true);
    expect(boardKeyValue(reader.doc).has("shape:bad")).toBe(false);
  });

  it("are refused when the stored schema is newer than the server's", async () => {
    const docId = "doc-records-newer";
    const { writer, closes, stored } = await board(docId);
    const schema = appSchema();
    const geo = "com.tldraw.shape.geo";
    writer.doc.getMap("tl_meta").set("schema", {
      ...schema,
      sequences: { ...schema.sequences, [geo]: (schema.sequences[geo] ?? 0) + 1 },
    });
    await waitFor(() => closes.includes(CloseCode.InvalidRecord), "the writer to be closed");
    expect(await storedRows(docId)).toBe(stored);
  });

  it.each([
    ["an entry whose key is not its record's id", { key: "shape:one", val: geoShape("other") }],
    [
      "a record of a type the board does not have",
      { key: "thing:1", val: { id: "thing:1", typeName: "thing" } },
    ],
    ["a bare value instead of an entry", "not a record"],
  ])("are refused for %s", async (_what, entry) => {
    const docId = `doc-records-${Math.random().toString(36).slice(2, 10)}`;
    const { writer, closes, stored } = await board(docId);
    writer.doc.getArray("tl_records").push([entry]);
    await waitFor(() => closes.includes(CloseCode.InvalidRecord), "the writer to be closed");
    expect(await storedRows(docId)).toBe(stored);
  });

  it("are checked in the update that carries them even when it also carries valid changes", async () => {
    const docId = "doc-records-mixed";
    const { writer, watcher, closes, stored } = await board(docId);
    writer.doc.transact(() => {
      boardKeyValue(writer.doc).set("shape:fine", geoShape("fine"));
      boardKeyValue(writer.doc).set("shape:broken", { ...geoShape("broken"), props: { w: -1 } });
    });
    await waitFor(() => closes.includes(CloseCode.InvalidRecord), "the writer to be closed");
    expect(await storedRows(docId)).toBe(stored);
    expect(boardKeyValue(watcher.doc).has("shape:fine")).toBe(false);
  });

  it("leave the rest of the document alone: another root type is stored as it comes", async () => {
    const docId = "doc-records-other-roots";
    const { writer, watcher, closes } = await board(docId);
    writer.doc.getText("codepad:python").insert(0, "print('NaN')");
    writer.doc.getMap("codepad").set("language", "python");
    await waitFor(
      () => watcher.doc.getText("codepad:python").toString() === "print('NaN')",
      "the code to reach the watcher",
    );
    expect(closes).toEqual([]);
  });

  it("are taken from a client whose earlier updates are still being stored (neighbours not yet applied)", async () => {
    const docId = "doc-records-pipelined";
    const { watcher } = await board(docId);
    // A raw client sends three updates back to back, each building on the one before.
    const raw = await collab.joinRaw(docId, { userId: "quick" });
    let rawClosed = false;
    void raw.closed.then(() => {
      rawClosed = true;
    });
    const local = new Y.Doc();
    const updates: Uint8Array[] = [];
    local.on("update", (update: Uint8Array) => updates.push(update));
    const shapes = boardKeyValue(local);
    for (let n = 1; n <= 3; n++) shapes.set(`shape:q${n}`, geoShape(`q${n}`, n));
    for (const update of updates) raw.socket.send(encodeSyncUpdate(update));
    await waitFor(() => boardKeyValue(watcher.doc).has("shape:q3"), "the third shape to reach the watcher");
    expect(rawClosed).toBe(false);
  });
});
