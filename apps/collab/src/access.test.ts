import { notifyBoardAccessChanged } from "@mockboard/db/board-access";
import { CloseCode, peekBoardToken } from "@mockboard/protocol";
import { describe, expect, it } from "vitest";
import { AccessRevocations, REVOCATION_GRACE_MS } from "./access-revocations";
import type { ConnectionIdentity } from "./auth";
import { encodeSyncUpdate } from "./messages";
import { recordUpdates, sleep, type TestClient, tokenFor, useCollabServer, waitFor } from "./testing/harness";

const collab = useCollabServer();

function closesOf(client: TestClient): number[] {
  const codes: number[] = [];
  client.provider.on("connection-close", (event) => codes.push(event?.code ?? 0));
  return codes;
}

const storedFrom = (docId: string, userId: string) =>
  collab.db.boardUpdate.count({ where: { docId, userId } });

describe("access after connect", () => {
  it("closes a connection when its board token expires, and stores nothing that arrives after", async () => {
    const docId = "doc-expiring";
    const token = await tokenFor(docId, { userId: "eve", ttlSeconds: 2 });
    const expiresAt = peekBoardToken(token)?.expiresAt ?? 0;
    const raw = collab.rawWithToken(docId, token);
    await raw.opened;
    const updates = recordUpdates(200, "tick");
    let sent = 0;
    const sender = setInterval(() => {
      const update = updates[sent++];
      if (update && raw.socket.readyState === raw.socket.OPEN) raw.socket.send(encodeSyncUpdate(update));
    }, 20);
    const closed = await raw.closed;
    clearInterval(sender);
    expect(closed.code).toBe(CloseCode.TokenExpired);
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
    await sleep(300);
    const rows = await collab.db.boardUpdate.findMany({
      where: { docId, userId: "eve" },
      select: { at: true },
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.at.getTime() >= expiresAt)).toEqual([]);
    expect(collab.server.metrics().closedConnections["token-expired"]).toBeGreaterThanOrEqual(1);
  });

  it("closes a person's connections within two seconds of a NOTIFY that they lost access, and stores nothing more from them", async () => {
    const docId = "doc-revoked1";
    const ada = await collab.join(docId, { userId: "ada" });
    const bob = await collab.join(docId, { userId: "bob" });
    const bobCloses = closesOf(bob);
    bob.shapes.set("shape:before", { type: "geo" });
    await waitFor(() => ada.shapes.has("shape:before"), "ada to see bob's shape");

    const sentAt = Date.now();
    await notifyBoardAccessChanged(collab.db, { docId, userId: "bob", access: "none" });
    await waitFor(() => bobCloses.includes(CloseCode.AccessRevoked), "bob to be cut off", 2000);
    expect(Date.now() - sentAt).toBeLessThan(2000);
    const stored = await storedFrom(docId, "bob");

    // The stock client keeps retrying with the token it has: each attempt is refused.
    bob.shapes.set("shape:after", { type: "geo" });
    await sleep(1000);
    expect(bobCloses.filter((code) => code === CloseCode.AccessRevoked).length).toBeGreaterThan(1);
    expect(await storedFrom(docId, "bob")).toBe(stored);
    expect(ada.shapes.has("shape:after")).toBe(false);
    expect(ada.provider.wsconnected).toBe(true);
  });

  it("closes every connection on a document when everyone loses access, and none on another document", async () => {
    const docId = "doc-revoked2";
    const a = await collab.join(docId, { userId: "ada" });
    const b = await collab.join(docId, { userId: "bob", role: "viewer" });
    const elsewhere = await collab.join("doc-untouched", { userId: "ada" });
    const closes = [closesOf(a), closesOf(b)];
    await notifyBoardAccessChanged(collab.db, { docId, access: "none" });
    await waitFor(
      () => closes.every((codes) => codes.includes(CloseCode.AccessRevoked)),
      "both connections to be closed",
      2000,
    );
    expect(elsewhere.provider.wsconnected).toBe(true);
  });

  it("sends an editor back with RoleChanged when the document turns read-only, and the old token can no longer write", async () => {
    const docId = "doc-downgrade";
    const watcher = await collab.join(docId, { userId: "obs", role: "viewer" });
    const editor = await collab.join(docId, { userId: "cand" });
    const closes = closesOf(editor);
    editor.shapes.set("shape:while-editor", { type: "geo" });
    await waitFor(() => watcher.shapes.has("shape:while-editor"), "the watcher to see the edit");

    await notifyBoardAccessChanged(collab.db, { docId, access: "viewer" });
    await waitFor(() => closes.includes(CloseCode.RoleChanged), "the editor to be sent back", 2000);
    expect(watcher.provider.wsconnected).toBe(true);
    const stored = await storedFrom(docId, "cand");

    editor.shapes.set("shape:old-token", { type: "geo" });
    await sleep(800);
    expect(closes.filter((code) => code === CloseCode.RoleChanged).length).toBeGreaterThan(1);

    // A fresh token says viewer: the connection is admitted and reads, but writes nothing.
    const again = await collab.join(docId, { userId: "cand", role: "viewer" });
    expect(again.shapes.has("shape:while-editor")).toBe(true);
    again.shapes.set("shape:as-viewer", { type: "geo" });
    await sleep(300);
    expect(await storedFrom(docId, "cand")).toBe(stored);
    expect(watcher.shapes.has("shape:old-token")).toBe(false);
    expect(watcher.shapes.has("shape:as-viewer")).toBe(false);
    const metrics = collab.server.metrics();
    expect(metrics.closedConnections["role-changed"]).toBeGreaterThanOrEqual(1);
    expect(metrics.refusedConnections["role-changed"]).toBeGreaterThanOrEqual(1);
  });

  it("admits tokens issued after the change as usual", async () => {
    const docId = "doc-regranted";
    await notifyBoardAccessChanged(collab.db, {
      docId,
      userId: "ada",
      access: "none",
      at: Date.now() - REVOCATION_GRACE_MS - 2000,
    });
    await waitFor(() => collab.server.metrics().access.changesTotal > 0, "the change to arrive");
    const ada = await collab.join(docId, { userId: "ada" });
    ada.shapes.set("shape:back", { type: "geo" });
    await waitFor(async () => (await storedFrom(docId, "ada")) === 1, "ada's edit to be stored");
  });
});

describe("access revocations", () => {
  const identity = (issuedAt: number, role: "editor" | "viewer" = "editor"): ConnectionIdentity => ({
    docId: "doc-pruned01",
    userId: "ada",
    role,
    name: "Ada",
    color: "#1971c2",
    issuedAt,
    expiresAt: issuedAt + 600_000,
  });

  it("forget a change once every token issued before it has expired", () => {
    let now = 1_000_000_000_000;
    const revocations = new AccessRevocations(() => now);
    revocations.record({ docId: "doc-pruned01", access: "none", at: now });
    expect(revocations.refusalFor(identity(now - 1000))?.code).toBe(CloseCode.AccessRevoked);
    now += 5 * 60_000;
    revocations.prune();
    expect(revocations.size).toBe(1);
    now += 10 * 60_000;
    revocations.prune();
    expect(revocations.size).toBe(0);
  });

  it("refuse only editors after a downgrade, and everyone after access is withdrawn", () => {
    const revocations = new AccessRevocations();
    revocations.record({ docId: "doc-pruned01", userId: "ada", access: "viewer", at: 5000 });
    expect(revocations.refusalFor(identity(4000))?.code).toBe(CloseCode.RoleChanged);
    expect(revocations.refusalFor(identity(4000, "viewer"))).toBeNull();
    expect(revocations.refusalFor({ ...identity(4000), userId: "bob" })).toBeNull();
    revocations.record({ docId: "doc-pruned01", access: "none", at: 6000 });
    expect(revocations.refusalFor({ ...identity(4000, "viewer"), userId: "bob" })?.code).toBe(
      CloseCode.AccessRevoked,
    );
  });
});
