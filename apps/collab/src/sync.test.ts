import { describe, expect, it } from "vitest";
import { sleep, useCollabServer, waitFor } from "./testing/harness";

const collab = useCollabServer();
const join = collab.join;

describe("sync between clients", () => {
  it("two editors on one document converge on the shape records either of them writes", async () => {
    const a = await join("doc-converge", { userId: "ada" });
    const b = await join("doc-converge", { userId: "bob" });
    a.shapes.set("shape:a", { type: "geo", x: 10, y: 20 });
    b.shapes.set("shape:b", { type: "arrow", x: 1, y: 2 });
    a.doc.transact(() => {
      for (let i = 0; i < 20; i++) a.shapes.set(`shape:bulk-${i}`, { type: "geo", x: i, y: i });
    });
    await waitFor(() => a.shapes.size === 22 && b.shapes.size === 22, "both clients to hold every shape");
    expect(b.shapes.get("shape:a")).toEqual({ type: "geo", x: 10, y: 20 });
    expect(a.shapes.get("shape:b")).toEqual({ type: "arrow", x: 1, y: 2 });
    expect(a.shapes.toJSON()).toEqual(b.shapes.toJSON());
  });

  it("stores an update in the log before any other client receives it", async () => {
    const a = await join("doc-durable1", { userId: "ada" });
    const b = await join("doc-durable1", { userId: "bob" });
    const seenAt = new Promise<void>((resolve) => {
      b.shapes.observe(() => resolve());
    });
    a.shapes.set("shape:durable", { type: "geo", x: 1, y: 1 });
    await seenAt;
    // Queried right when the peer saw it: the row must already be there.
    const rows = await collab.db.boardUpdate.findMany({ where: { docId: "doc-durable1", userId: "ada" } });
    expect(rows.length).toBeGreaterThan(0);
  });

  it("relays awareness from one client to the other and removes it when that client leaves", async () => {
    const a = await join("doc-presence", { userId: "ada" });
    const b = await join("doc-presence", { userId: "bob" });
    a.provider.awareness.setLocalStateField("presence", { cursor: { x: 3, y: 4 } });
    const aId = a.doc.clientID;
    await waitFor(
      () =>
        (b.provider.awareness.getStates().get(aId) as { presence?: unknown } | undefined)?.presence !==
        undefined,
      "b to see a's cursor",
    );
    expect(b.provider.awareness.getStates().get(aId)).toMatchObject({
      user: { id: "ada" },
      presence: { cursor: { x: 3, y: 4 } },
    });
    // A crash-like drop: the socket goes away without a goodbye awareness message.
    (a.provider.ws as unknown as { terminate(): void } | null)?.terminate();
    a.provider.shouldConnect = false;
    await waitFor(() => !b.provider.awareness.getStates().has(aId), "a's presence to be removed");
  });

  it("never applies, relays or stores a viewer's edits while the viewer still receives the editors' changes", async () => {
    const editor = await join("doc-viewonly", { userId: "eve" });
    const viewer = await join("doc-viewonly", { userId: "vic", role: "viewer" });
    viewer.shapes.set("shape:from-viewer", { type: "geo", x: 0, y: 0 });
    editor.shapes.set("shape:from-editor", { type: "geo", x: 5, y: 5 });
    await waitFor(() => viewer.shapes.has("shape:from-editor"), "the viewer to receive the editor's shape");
    // Give a wrongly relayed update ample time to show up.
    await sleep(300);
    expect(editor.shapes.has("shape:from-viewer")).toBe(false);

    const fresh = await join("doc-viewonly", { userId: "fay" });
    expect(fresh.shapes.has("shape:from-editor")).toBe(true);
    expect(fresh.shapes.has("shape:from-viewer")).toBe(false);
    expect(await collab.db.boardUpdate.count({ where: { docId: "doc-viewonly", userId: "vic" } })).toBe(0);
    expect(
      await collab.db.boardUpdate.count({ where: { docId: "doc-viewonly", userId: "eve" } }),
    ).toBeGreaterThan(0);
  });

  it("keeps documents apart: a change on one board never reaches another", async () => {
    const one = await join("doc-isolated-1");
    const two = await join("doc-isolated-2");
    const twoPeer = await join("doc-isolated-2");
    one.shapes.set("shape:one", { type: "geo" });
    two.shapes.set("shape:two", { type: "geo" });
    await waitFor(() => twoPeer.shapes.has("shape:two"), "the peer on the second board to sync");
    await sleep(100);
    expect(two.shapes.has("shape:one")).toBe(false);
    expect(one.shapes.has("shape:two")).toBe(false);
  });
});
