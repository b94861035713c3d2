// The public port's websocket upgrades: admit (or refuse with a close code) each request,
// tie the person's connection slot to the TCP socket, and hand the socket to ws.
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import type { WebSocket, WebSocketServer } from "ws";
import type { Admission, UpgradeRequest } from "./auth";
import type { UserQuotas } from "./storage-quotas";

export interface UpgradeDeps {
  wss: WebSocketServer;
  admit(request: UpgradeRequest): Promise<Admission>;
  users: UserQuotas;
  /** True once shutdown began: new sockets get a 503 or are dropped. */
  closing(): boolean;
  onConnection(ws: WebSocket, admission: Admission): void;
  logger: Logger;
}

export function handleUpgrades(http: Server, deps: UpgradeDeps): void {
  const { wss, admit, users, closing, onConnection, logger } = deps;
  http.on("upgrade", (request, socket: Duplex, head: Buffer) => {
    // A reset in the middle of the handshake must not reach the process.
    socket.on("error", (error) => logger.debug({ err: error }, "socket error during upgrade"));
    if (closing()) {
      socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    admit({ url: request.url, subprotocols: request.headers["sec-websocket-protocol"] })
      .then((admission) => {
        if (admission.ok) {
          // The slot lasts as long as the TCP socket, whichever way the handshake ends.
          const { userId } = admission.identity;
          if (socket.destroyed) users.close(userId);
          else socket.once("close", () => users.close(userId));
        }
        if (closing() || socket.destroyed) {
          socket.destroy();
          return;
        }
        wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, admission));
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, "upgrade failed");
        socket.destroy();
      });
  });
}
