// The admitted websockets on this server: each becomes a Connection attached to its room,
// and leaves the set when its socket closes. Access changes and the heartbeat act on it.
import type { BoardAccessChange } from "@mockboard/protocol";
import type { Logger } from "pino";
import type { WebSocket } from "ws";
import type { AccessRevocations } from "./access-revocations";
import type { Admission } from "./auth";
import { Connection } from "./connection";
import type { CollabLimits } from "./limits";
import type { Metrics } from "./metrics";
import type { RoomRegistry } from "./room-registry";

export interface OpenConnectionsDeps {
  rooms: RoomRegistry;
  revocations: AccessRevocations;
  limits: CollabLimits;
  metrics: Metrics;
  logger: Logger;
}

export class OpenConnections {
  private readonly connections = new Set<Connection>();

  constructor(private readonly deps: OpenConnectionsDeps) {}

  get size(): number {
    return this.connections.size;
  }

  /** The connections open now (a copy: closing one changes the set). */
  all(): Connection[] {
    return [...this.connections];
  }

  /** A websocket past the upgrade: closed at once when refused, else attached to its room. */
  accept(ws: WebSocket, admission: Admission): void {
    const { metrics, logger, limits, rooms } = this.deps;
    if (!admission.ok) {
      metrics.recordRefusal(admission.refusal);
      logger.info({ refusal: admission.refusal }, "connection refused");
      ws.on("error", () => undefined);
      ws.close(admission.code, admission.reason);
      return;
    }
    const connection = new Connection(ws, admission.identity, {
      limits,
      metrics,
      logger,
      onClosed: (closed) => this.connections.delete(closed),
    });
    this.connections.add(connection);
    rooms.attach(connection);
  }

  /** Closes (or, for a downgrade, sends back to reconnect) every connection that lost what its token grants. */
  applyAccessChange(change: BoardAccessChange): void {
    const { revocations, metrics, logger } = this.deps;
    revocations.record(change);
    metrics.recordAccessChange();
    let closed = 0;
    for (const connection of this.all()) {
      const { identity } = connection;
      if (identity.docId !== change.docId) continue;
      if (change.userId !== undefined && identity.userId !== change.userId) continue;
      const refusal = revocations.refusalFor(identity);
      if (!refusal) continue;
      connection.close(refusal.code, refusal.reason, refusal.metric);
      closed++;
    }
    // Everyone down to viewer at most: the session ended (or was cancelled), nobody edits again.
    if (change.userId === undefined) this.deps.rooms.editingEnded(change.docId);
    logger.info({ ...change, closed }, "board access changed");
  }

  /**
   * Pings every connection and drops those that did not answer the last ping, unless
   * `judge` is false: after this process stalled (paused, starved of CPU) the answers are
   * still unread, and the silence was ours.
   */
  heartbeat(judge = true): void {
    for (const connection of this.connections) {
      if (connection.alive || !judge) connection.ping();
      else connection.terminate();
    }
  }
}
