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

describe("http endpoints", () => {
  it("reports health with rooms, connections, uptime and a reachable database", async () => {
    const client = connectClient(s.wsUrl, "doc-healthy1", await tokenFor("doc-healthy1"));
    await client.synced;
    const response = await fetch(`${s.httpUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      rooms: 1,
      connections: 1,
      uptimeSeconds: expect.any(Number),
      database: "ok",
    });
    client.destroy();
  });

  it("reports update throughput, persistence lag and storage in the metrics", async () => {
    const client = connectClient(s.wsUrl, "doc-metered1", await tokenFor("doc-metered1"));
    await client.synced;
    for (let i = 0; i < 10; i++) client.shapes.set(`shape:${i}`, { x: i });
    await waitFor(async () => {
      const metrics = (await (await fetch(`${s.httpUrl}/metrics`)).json()) as MetricsSnapshot;
      return metrics.updatesTotal === 10;
    }, "ten updates to be counted");
    const metrics = (await (await fetch(`${s.httpUrl}/metrics`)).json()) as MetricsSnapshot;
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
    });
    expect(metrics.updatesPerSecond).toBeGreaterThan(0);
    expect(metrics.bytesStored).toBeGreaterThan(10);
    expect(metrics.persistence.appendLatencyMs.p95).toBeGreaterThan(0);
    client.destroy();
  });

  it("answers 404 for any other path or method", async () => {
    expect((await fetch(`${s.httpUrl}/`)).status).toBe(404);
    expect((await fetch(`${s.httpUrl}/metrics/extra`)).status).toBe(404);
    expect((await fetch(`${s.httpUrl}/health`, { method: "POST" })).status).toBe(404);
  });
});
