import type { BoardLog } from "@mockboard/db/board-log";
import { createTestDatabase, type TestDatabase } from "@mockboard/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MetricsSnapshot } from "./metrics";
import { connectClient, startTestServer, type TestServer, tokenFor, waitFor } from "./testing/harness";

let t: TestDatabase;
let s: TestServer;
beforeAll(async () => {
  t = await createTestDatabase();
  s = await startTestServer(t.url);
});
afterAll(async () => {
  await s.close();
  await t.drop();
});

const metricsOf = async (server: TestServer) =>
  (await (await fetch(`${server.internalUrl}/metrics`)).json()) as MetricsSnapshot;

describe("the public port", () => {
  it("answers health with ok and nothing more", async () => {
    const response = await fetch(`${s.httpUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers health with 503 and no detail when the database is unreachable", async () => {
    const broken = await startTestServer(t.url, {
      wrapLog: (log): BoardLog => ({
        ...log,
        ping: () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.7:5432 password authentication")),
      }),
    });
    try {
      const response = await fetch(`${broken.httpUrl}/health`);
      expect(response.status).toBe(503);
      expect(await response.text()).toBe(JSON.stringify({ status: "unavailable" }));
    } finally {
      await broken.close();
    }
  });

  it("serves no metrics, and 404 for any other path or method", async () => {
    expect((await fetch(`${s.httpUrl}/metrics`)).status).toBe(404);
    expect((await fetch(`${s.httpUrl}/`)).status).toBe(404);
    expect((await fetch(`${s.httpUrl}/health`, { method: "POST" })).status).toBe(404);
  });
});

describe("the internal port", () => {
  it("reports health with rooms, connections, uptime, a reachable database and the access feed", async () => {
    const client = connectClient(s.wsUrl, "doc-healthy1", await tokenFor("doc-healthy1"));
    await client.synced;
    const response = await fetch(`${s.internalUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      rooms: 1,
      connections: 1,
      uptimeSeconds: expect.any(Number),
      database: "ok",
      accessFeed: "listening",
    });
    client.destroy();
  });

  it("reports update throughput, persistence lag and storage in the metrics", async () => {
    const client = connectClient(s.wsUrl, "doc-metered1", await tokenFor("doc-metered1"));
    await client.synced;
    for (let i = 0; i < 10; i++) client.shapes.set(`shape:${i}`, { x: i });
    await waitFor(async () => (await metricsOf(s)).updatesTotal === 10, "ten updates to be counted");
    const metrics = await metricsOf(s);
    expect(metrics).toMatchObject({
      rooms: expect.any(Number),
      connections: expect.any(Number),
      updatesTotal: 10,
      persistence: {
        appendLatencyMs: { p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number) },
        pendingUpdates: 0,
      },
      snapshotsTotal: 0,
      refusedConnections: expect.any(Object),
      access: { feedListening: true, changesTotal: 0 },
    });
    expect(metrics.updatesPerSecond).toBeGreaterThan(0);
    expect(metrics.bytesStored).toBeGreaterThan(10);
    expect(metrics.persistence.appendLatencyMs.p95).toBeGreaterThan(0);
    client.destroy();
  });

  it("answers 404 for any other path or method", async () => {
    expect((await fetch(`${s.internalUrl}/`)).status).toBe(404);
    expect((await fetch(`${s.internalUrl}/metrics/extra`)).status).toBe(404);
    expect((await fetch(`${s.internalUrl}/metrics`, { method: "POST" })).status).toBe(404);
  });
});
