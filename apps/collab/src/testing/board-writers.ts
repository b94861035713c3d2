// Clients that write a board steadily, for the cluster tests: two stock y-websocket clients
// per document, each setting a new key on a timer. A key the other client received was
// relayed, so stored (the server relays only after the log holds an update): that is an
// acknowledged update, and it must be in the log at the end.
import { type BoardLog, createBoardLog } from "@mockboard/db/board-log";
import * as Y from "yjs";
import { connectClient, type TestClient, tokenFor, waitFor } from "./harness";

export interface Writer {
  name: string;
  client: TestClient;
  /** Keys this writer set, in order. */
  written: string[];
  /** When each key was set. */
  writtenAt: Map<string, number>;
}

export interface WrittenRoom {
  docId: string;
  writers: [Writer, Writer];
  /** Keys one writer set that the other received, with the time it received them. */
  relayed: Map<string, number>;
  /** The same in the order received, with when each key was set. */
  receipts: { writtenAt: number; receivedAt: number }[];
}

/** Two writers on `docId`, connected through `url`, each seeing what the other writes. */
export async function openRoom(url: string, docId: string): Promise<WrittenRoom> {
  const relayed = new Map<string, number>();
  const receipts: WrittenRoom["receipts"] = [];
  // A stock client reconnects with the token it has (ten minutes: longer than a test). One
  // person per writer: a node admits only a few connections per person.
  const tokens = await Promise.all([0, 1].map((i) => tokenFor(docId, { userId: `${docId}-user-${i}` })));
  const writers = tokens.map((token, i) => ({
    name: `w${i}`,
    client: connectClient(url, docId, token),
    written: [],
    writtenAt: new Map(),
  })) as unknown as [Writer, Writer];
  for (const [i, writer] of writers.entries()) {
    const other = writers[1 - i] as Writer;
    writer.client.shapes.observe((event) => {
      for (const key of event.keysChanged) {
        if (!key.startsWith(`${other.name}-`) || relayed.has(key)) continue;
        const receivedAt = Date.now();
        relayed.set(key, receivedAt);
        receipts.push({ writtenAt: other.writtenAt.get(key) ?? 0, receivedAt });
      }
    });
  }
  const synced = Promise.all(writers.map((writer) => writer.client.synced));
  let done = false;
  void synced.then(() => {
    done = true;
  });
  await waitFor(() => done, `both writers of ${docId} to sync`, 20_000);
  return { docId, writers, relayed, receipts };
}

/** Sets one new key per writer on every tick; returns a stop function. */
export function writeSteadily(rooms: WrittenRoom[], everyMs: number): () => void {
  let tick = 0;
  const timer = setInterval(() => {
    tick++;
    for (const room of rooms)
      for (const writer of room.writers) {
        const key = `${writer.name}-${tick}`;
        writer.written.push(key);
        writer.writtenAt.set(key, Date.now());
        writer.client.shapes.set(key, { at: Date.now() });
      }
  }, everyMs);
  return () => clearInterval(timer);
}

/** When a key set at or after `since` first reached the other writer: the room is served again. */
export function servedAgainAt(room: WrittenRoom, since: number): number | null {
  let first: number | null = null;
  // Receipts are in the order received: only the tail can be after `since`.
  for (let i = room.receipts.length - 1; i >= 0; i--) {
    const receipt = room.receipts[i];
    if (!receipt || receipt.receivedAt < since) break;
    if (receipt.writtenAt >= since) first = receipt.receivedAt;
  }
  return first;
}

/** Waits until both writers hold every key either wrote. */
export async function converge(room: WrittenRoom, timeoutMs = 30_000): Promise<void> {
  const all = [...room.writers[0].written, ...room.writers[1].written];
  await waitFor(
    () => room.writers.every((writer) => all.every((key) => writer.client.shapes.has(key))),
    `both writers of ${room.docId} to hold all ${all.length} keys`,
    timeoutMs,
  );
}

/** The document as the log holds it: newest snapshot plus every later update. */
export async function storedDoc(log: BoardLog, docId: string): Promise<Y.Doc> {
  const stored = await log.loadDoc(docId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot.state);
  for (const update of stored.updates) Y.applyUpdate(doc, update.bytes);
  return doc;
}

export { createBoardLog };
