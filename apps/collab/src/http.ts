// Plain HTTP. The public port (beside the websockets) answers only whether the server
// can serve: a status for load balancers and orchestration, nothing an outsider could
// map the deployment with. Metrics and detailed health are on a separate internal port
// (COLLAB_METRICS_PORT, loopback by default) for operators and scrapers.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DocId } from "@mockboard/protocol";
import type { Logger } from "pino";
import type { MetricsSnapshot, OwnershipReport } from "./metrics";

export interface HttpDeps {
  metrics(): MetricsSnapshot;
  /** The documents this node owns and its past write windows. */
  ownership(): OwnershipReport;
  /** Resolves true when the database answers. */
  checkDatabase(): Promise<boolean>;
  /** This process's random instance id, answered to `GET /<docId>?route` (see router.ts). */
  instance: string;
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

/** `GET /<docId>?route`: the load balancer's way for a document, asked by another node. */
function isRouteQuestion(request: IncomingMessage): boolean {
  if (request.method !== "GET") return false;
  const [path = "/", query] = (request.url ?? "/").split("?");
  return query === "route" && DocId.safeParse(path.slice(1)).success;
}

/**
 * The public port: GET /health says ok (200) or unavailable (503), and `GET /<docId>?route`
 * answers this process's random instance id (nothing an outsider can map anything with).
 */
export function createPublicHttpHandler(deps: Pick<HttpDeps, "checkDatabase" | "instance">): Handler {
  return async (request, response) => {
    if (isGet(request, "/health")) {
      const ok = await deps.checkDatabase();
      sendJson(response, ok ? 200 : 503, { status: ok ? "ok" : "unavailable" });
      return;
    }
    if (isRouteQuestion(request)) {
      sendJson(response, 200, { server: deps.instance });
      return;
    }
    sendJson(response, 404, { error: "not found" });
  };
}

/**
 * The internal port: GET /metrics (JSON), GET /ownership (the documents this node owns and
 * its recent write windows) and GET /health with rooms, connections and the database.
 */
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
    if (isGet(request, "/ownership")) {
      sendJson(response, 200, deps.ownership());
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
