// Kills the real server process (SIGKILL, no shutdown hook runs) again and again while
// clients write, and checks that every update a client saw acknowledged is still there.
import { resolve } from "node:path";
import { createTestDatabase, type TestDatabase } from "@mockboard/db/testing";
import { freePort } from "@mockboard/devkit/ports";
import { type Service, startService, waitForHttp } from "@mockboard/devkit/processes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectClient, TEST_SECRET, type TestClient, tokenFor, waitFor } from "./testing/harness";

const ROUNDS = 15;
const UPDATES_PER_ROUND = 20;
const DOCS = ["doc-crashed-a", "doc-crashed-b"];
const appDir = resolve(import.meta.dirname, "..");

let t: TestDatabase;
let port: number;
let service: Service | undefined;

beforeAll(async () => {
  t = await createTestDatabase();
  port = await freePort();
});
afterAll(async () => {
  await service?.stop("SIGKILL");
  await t.drop();
});

async function startServer(): Promise<Service> {
  // node --import tsx rather than the tsx binary: the tsx CLI runs the server in a
  // child process, and a SIGKILL to the wrapper would leave the server running.
  const started = startService("collab", process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: appDir,
    quiet: true,
    env: {
      DATABASE_URL: t.url,
      BOARD_TOKEN_SECRET: TEST_SECRET,
      COLLAB_PORT: String(port),
      COLLAB_HOST: "127.0.0.1",
      COLLAB_METRICS_PORT: "0",
      SNAPSHOT_EVERY: "7",
      LOG_LEVEL: "warn",
    },
  });
  await waitForHttp(`http://127.0.0.1:${port}/health`, 30_000, () => started.child.exitCode === null);
  return started;
}

const keysOf = (client: TestClient) => new Set(client.shapes.keys());

describe("crash safety", () => {
  it(`loses no acknowledged update across ${ROUNDS} SIGKILLs of the server`, {
    timeout: 240_000,
  }, async () => {
    const wsUrl = `ws://127.0.0.1:${port}`;
    const acknowledged = new Map<string, string[]>(DOCS.map((docId) => [docId, []]));
    const tokens = new Map(
      await Promise.all(DOCS.map(async (docId) => [docId, await tokenFor(docId)] as const)),
    );

    for (let round = 0; round <= ROUNDS; round++) {
      service = await startServer();
      const clients: TestClient[] = [];
      for (const docId of DOCS) {
        const token = tokens.get(docId) ?? "";
        // A fresh client sees everything acknowledged before any earlier crash.
        const observer = connectClient(wsUrl, docId, token);
        clients.push(observer);
        await observer.synced;
        const seen = keysOf(observer);
        const missing = (acknowledged.get(docId) ?? []).filter((key) => !seen.has(key));
        expect(missing, `round ${round}, ${docId}`).toEqual([]);
        if (round === ROUNDS) continue;

        const writer = connectClient(wsUrl, docId, token);
        clients.push(writer);
        await writer.synced;
        const keys = Array.from({ length: UPDATES_PER_ROUND }, (_, i) => `r${round}-${i}`);
        for (const [i, key] of keys.entries()) {
          writer.shapes.set(key, { type: "geo", x: i, y: round });
          // Some rounds trickle, some burst, so group commits come in every size.
          if (round % 2 === 1 && i % 5 === 0) await new Promise((r) => setTimeout(r, 5));
        }
        // Acknowledged = another client received it from the server.
        await waitFor(
          () => keys.every((key) => observer.shapes.has(key)),
          `round ${round} to reach the observer`,
        );
        acknowledged.get(docId)?.push(...keys);
        // In flight when the process dies: may or may not survive, never asserted.
        for (let i = 0; i < 5; i++) writer.shapes.set(`r${round}-unacked-${i}`, { type: "geo" });
      }
      if (round < ROUNDS) {
        service.child.kill("SIGKILL");
        expect(await service.exited).toBeNull();
      }
      // The old clients would resend everything on reconnect and hide a loss: gone with the server.
      for (const client of clients) client.destroy();
      if (round === ROUNDS) await service.stop("SIGTERM");
    }

    for (const docId of DOCS) {
      const rows = await t.db.boardUpdate.findMany({
        where: { docId },
        select: { seq: true },
        orderBy: { seq: "asc" },
      });
      expect(
        rows.every((row, i) => row.seq === i + 1),
        `${docId} seqs have no gaps`,
      ).toBe(true);
      expect(rows.length).toBeGreaterThanOrEqual(ROUNDS * UPDATES_PER_ROUND);
      // Snapshots were written all along (pruned to the newest plus keyframes as they went).
      const newest = await t.db.boardSnapshot.findFirst({ where: { docId }, orderBy: { seq: "desc" } });
      expect(newest?.seq ?? 0).toBeGreaterThanOrEqual((ROUNDS - 1) * UPDATES_PER_ROUND);
    }
  });

  it("on SIGTERM flushes every room, snapshots it, tells clients 1001 and exits cleanly", async () => {
    const docId = "doc-graceful";
    service = await startServer();
    const client = connectClient(`ws://127.0.0.1:${port}`, docId, await tokenFor(docId));
    await client.synced;
    const closes: number[] = [];
    client.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));
    for (let i = 0; i < 3; i++) client.shapes.set(`shape:${i}`, { type: "geo" });
    await waitFor(
      async () => (await t.db.boardUpdate.count({ where: { docId } })) === 3,
      "the updates to be stored",
    );

    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
    expect(closes).toContain(1001);
    client.destroy();
    const snapshot = await t.db.boardSnapshot.findFirst({ where: { docId }, orderBy: { seq: "desc" } });
    expect(snapshot?.seq).toBe(3);
  });
});
