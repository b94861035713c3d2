// Plain HTTP on the websocket port: a health check for orchestration and JSON metrics.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MetricsSnapshot } from "./metrics";

export interface HttpDeps {
  metrics(): MetricsSnapshot;
  /** Resolves true when the database answers. */
  checkDatabase(): Promise<boolean>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(payload),
  });
  response.end(payload);
}

export function createHttpHandler(deps: HttpDeps) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = (request.url ?? "/").split("?")[0];
    if (request.method === "GET" && path === "/health") {
      const databaseOk = await deps.checkDatabase();
      const { rooms, connections, uptimeSeconds } = deps.metrics();
      sendJson(response, databaseOk ? 200 : 503, {
        status: databaseOk ? "ok" : "degraded",
        rooms,
        connections,
        uptimeSeconds,
        database: databaseOk ? "ok" : "unavailable",
      });
      return;
    }
    if (request.method === "GET" && path === "/metrics") {
      sendJson(response, 200, deps.metrics());
      return;
    }
    sendJson(response, 404, { error: "not found" });
  };
}
