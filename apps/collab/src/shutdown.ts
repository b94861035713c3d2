// A clean stop: stop accepting, flush every room and the write queue (bounded by a
// timeout), tell clients to reconnect elsewhere, give the node's leases back, then close
// the ports and the database.
import type { Server } from "node:http";
import type { BoardLog, BoardLogUsage } from "@mockboard/db/board-log";
import { CloseCode } from "@mockboard/protocol";
import type { Logger } from "pino";
import type { Connection } from "./connection";
import type { Ownership } from "./ownership";
import type { UpdateWriter } from "./persistence";
import type { RoomRegistry } from "./room-registry";

const SHUTDOWN_REASON = "server shutting down";

export interface ShutdownParts {
  http: Server;
  internal: Server;
  rooms: RoomRegistry;
  writer: UpdateWriter;
  open: Connection[];
  /** Stop background work (heartbeat, sampling, the access feed); resolves once it stopped. */
  stopBackground(): Promise<void> | undefined;
  /** The database clients this server created (not the ones it was handed). */
  ownedStorage: (BoardLog | BoardLogUsage)[];
  /** Deregistering the node gives back any lease a room could not release. */
  ownership: Ownership;
  timeoutMs: number;
  logger: Logger;
}

export async function shutDown(parts: ShutdownParts): Promise<void> {
  const { http, internal, rooms, writer, open, logger } = parts;
  const backgroundStopped = parts.stopBackground();
  const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  const internalStopped = internal.listening
    ? new Promise<void>((resolve) => internal.close(() => resolve()))
    : Promise.resolve();
  internal.closeAllConnections();
  const flushed = Promise.all([rooms.shutdown(CloseCode.GoingAway, SHUTDOWN_REASON), writer.idle()]);
  const timedOut = await Promise.race([
    flushed.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(resolve, parts.timeoutMs, true).unref()),
  ]);
  if (timedOut) logger.warn("shutdown timed out before every room was flushed");
  // Give clients a moment to answer the close frame, then drop whoever did not.
  const answered = Promise.all(open.map((connection) => connection.whenClosed));
  await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  for (const connection of open) connection.terminate();
  http.closeAllConnections();
  await stopped;
  await internalStopped;
  await backgroundStopped;
  await parts.ownership.close();
  for (const storage of parts.ownedStorage) await storage.close();
}
