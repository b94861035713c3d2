import type { BoardAccessChange } from "@mockboard/protocol";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import {
  type BoardAccessListener,
  listenForBoardAccessChanges,
  notifyBoardAccessChanged,
} from "./board-access";

const DOC = "session-access01";
let t: TestDatabase;
let listener: BoardAccessListener | undefined;
let received: BoardAccessChange[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
});
afterEach(async () => {
  await listener?.close();
  listener = undefined;
  received = [];
});
afterAll(() => t.drop());

async function listen() {
  listener = listenForBoardAccessChanges(t.url, (change) => received.push(change));
  await listener.ready;
  return listener;
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function withPg<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe("board access changes over LISTEN/NOTIFY", () => {
  it("reach the listener from a node-postgres client, stamped with the time of the change", async () => {
    await listen();
    const before = Date.now();
    await withPg((client) =>
      notifyBoardAccessChanged(client, { docId: DOC, userId: "cand", access: "none" }),
    );
    await waitFor(() => received.length === 1, "the change");
    expect(received[0]).toEqual({ docId: DOC, userId: "cand", access: "none", at: expect.any(Number) });
    expect(received[0]?.at).toBeGreaterThanOrEqual(before);
  });

  it("sent in a Prisma transaction, reach the listener only when it commits, and never when it rolls back", async () => {
    await listen();
    await expect(
      t.db.$transaction(async (tx) => {
        await notifyBoardAccessChanged(tx, { docId: DOC, access: "viewer", at: 1 });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await t.db.$transaction(async (tx) => {
      await notifyBoardAccessChanged(tx, { docId: DOC, access: "viewer", at: 2 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(received).toEqual([]);
    });
    await waitFor(() => received.length === 1, "the committed change");
    expect(received).toEqual([{ docId: DOC, access: "viewer", at: 2 }]);
  });

  it("drop payloads that break the schema and keep listening", async () => {
    await listen();
    await withPg(async (client) => {
      await client.query("select pg_notify('mockboard_board_access', $1)", ["not json"]);
      await client.query("select pg_notify('mockboard_board_access', $1)", [
        JSON.stringify({ docId: DOC, access: "editor", at: 1 }),
      ]);
      await notifyBoardAccessChanged(client, { docId: DOC, access: "none", at: 3 });
    });
    await waitFor(() => received.length === 1, "the valid change");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toEqual([{ docId: DOC, access: "none", at: 3 }]);
  });

  it("come through again after the listening connection is killed", async () => {
    let reconnected = 0;
    listener = listenForBoardAccessChanges(t.url, (change) => received.push(change), {
      onReconnected: () => reconnected++,
    });
    await listener.ready;
    const active = listener;
    await withPg(async (client) => {
      const killed = await client.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'LISTEN%'",
      );
      expect(killed.rowCount).toBe(1);
    });
    await waitFor(() => !active.listening, "the listener to notice the drop");
    await waitFor(() => active.listening, "the listener to reconnect");
    expect(reconnected).toBe(1);
    await withPg((client) => notifyBoardAccessChanged(client, { docId: DOC, userId: "u2", access: "none" }));
    await waitFor(() => received.length === 1, "the change after the reconnect");
  });

  it("are refused before sending when they break the schema", async () => {
    await expect(
      withPg((client) => notifyBoardAccessChanged(client, { docId: "bad id!", access: "none" } as never)),
    ).rejects.toThrow();
  });
});
