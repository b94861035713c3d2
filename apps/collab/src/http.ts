// Plain HTTP. The public port (beside the websockets) answers only whether the server
// can serve: a status for load balancers and orchestration, nothing an outsider could
// map the deployment with. Metrics and detailed health are on a separate internal port
// (COLLAB_METRICS_PORT, loopback by default) for operators and scrapers.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { MetricsSnapshot } from "./metrics";

export interface HttpDeps {
  metrics(): MetricsSnapshot;
  /** Resolves true when the database answers. */
  checkDatabase(): Promise<boolean>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(payload),
  });
  response.end(payload);
}

const isGet = (request: IncomingMessage, path: string) =>
  request.method === "GET" && (request.url ?? "/").split("?")[0] === path;

/** The public port: GET /health says ok (200) or unavailable (503), and nothing else. */
export function createPublicHttpHandler(deps: Pick<HttpDeps, "checkDatabase">): Handler {
  return async (request, response) => {
    if (isGet(request, "/health")) {
      const ok = await deps.checkDatabase();
      sendJson(response, ok ? 200 : 503, { status: ok ? "ok" : "unavailable" });
      return;
    }
    sendJson(response, 404, { error: "not found" });
  };
}

/** The internal port: GET /metrics (JSON) and GET /health with rooms, connections and the database. */
export function createInternalHttpHandler(deps: HttpDeps): Handler {
  return async (request, response) => {
    if (isGet(request, "/health")) {
      const databaseOk = await deps.checkDatabase();
      const { rooms, connections, uptimeSeconds, access } = deps.metrics();
      sendJson(response, databaseOk ? 200 : 503, {
        status: databaseOk ? "ok" : "degraded",
        rooms,
        connections,
        uptimeSeconds,
        database: databaseOk ? "ok" : "unavailable",
        accessFeed: access.feedListening ? "listening" : "down",
      });
      return;
    }
    if (isGet(request, "/metrics")) {
      sendJson(response, 200, deps.metrics());
      return;
    }
    sendJson(response, 404, { error: "not found" });
  };
}

/** A request listener for node:http that answers 500 when a handler throws. */
export function serveWith(handle: Handler, logger: Logger) {
  return (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, "http handler failed");
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  };
}

export function listenOn(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}
