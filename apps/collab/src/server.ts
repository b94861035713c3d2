// The collab server: y-websocket and a bare health status on the public port, metrics on
// an internal one. Creating it has no side effects; listen() opens the public port,
// listenInternal() the internal one, and close() flushes every room.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { type BoardAccessListener, listenForBoardAccessChanges } from "@mockboard/db/board-access";
import {
  type BoardLog,
  type BoardLogUsage,
  createBoardLog,
  createBoardLogUsage,
} from "@mockboard/db/board-log";
import { type BoardAccessChange, CloseCode, selectBoardSubprotocol } from "@mockboard/protocol";
import { type Logger, pino } from "pino";
import { type WebSocket, WebSocketServer } from "ws";
import { AccessRevocations } from "./access-revocations";
import { type Admission, admitConnection, type UpgradeRequest } from "./auth";
import { Connection } from "./connection";
import { createInternalHttpHandler, createPublicHttpHandler } from "./http";
import { type CollabLimits, resolveLimits } from "./limits";
import { Metrics, type MetricsSnapshot } from "./metrics";
import { UpdateWriter } from "./persistence";
import { RoomRegistry } from "./room-registry";
import { Semaphore } from "./semaphore";
import { UserQuotas } from "./storage-quotas";

export interface CollabServerOptions {
  tokenSecret: string;
  /**
   * Where the board log lives (unless `boardLog` is given) and where the server LISTENs
   * for access changes from the web app. Without it, access is cut only at token expiry.
   */
  databaseUrl?: string;
  /** A ready board log (tests inject one); the server then does not close it. */
  boardLog?: BoardLog;
  /** Stored-bytes sums for the storage quotas; created from databaseUrl (and closed) when absent. */
  boardLogUsage?: BoardLogUsage;
  snapshotEvery?: number;
  limits?: Partial<CollabLimits>;
  logger?: Logger;
  /** Parallel group-commit writers. */
  writerLanes?: number;
  heartbeatMs?: number;
  /** How long close() waits for rooms to flush before dropping sockets. */
  shutdownTimeoutMs?: number;
}

export interface CollabServer {
  /** The public port: websockets and GET /health (ok or not). */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** The internal port: GET /metrics and a detailed GET /health. Keep it off the internet. */
  listenInternal(port: number, host?: string): Promise<AddressInfo>;
  close(): Promise<void>;
  metrics(): MetricsSnapshot;
}

const SHUTDOWN_REASON = "server shutting down";
/** How long listen() waits for the access feed before serving without it (it keeps retrying). */
const ACCESS_FEED_WAIT_MS = 2000;
/** Snapshots are background work: a couple at a time keeps them off the hot path. */
const SNAPSHOT_CONCURRENCY = 2;

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const logger = options.logger ?? pino({ name: "collab" });
  const limits = resolveLimits(options.limits);
  const lanes = options.writerLanes ?? 1;
  const ownsLog = options.boardLog === undefined;
  const log = options.boardLog ?? createBoardLogFor(options.databaseUrl, lanes);
  const ownsUsage = options.boardLogUsage === undefined;
  const usage = options.boardLogUsage ?? createUsageFor(options.databaseUrl);
  const users = new UserQuotas(usage, limits);
  const metrics = new Metrics();
  const writer = new UpdateWriter({ log, metrics, logger, lanes });
  const rooms = new RoomRegistry({
    log,
    usage,
    users,
    writer,
    metrics,
    logger,
    limits,
    snapshotEvery: options.snapshotEvery ?? 200,
    snapshotSlots: new Semaphore(SNAPSHOT_CONCURRENCY),
  });
  const connections = new Set<Connection>();
  const revocations = new AccessRevocations();
  let accessFeed: BoardAccessListener | null = null;
  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    perMessageDeflate: false,
    // Frames well past the message limit are cut by ws before they are buffered whole;
    // the ones just above it get our MessageTooLarge close.
    maxPayload: limits.maxMessageBytes + 64 * 1024,
    // Answer with the protocol's own subprotocol, never the one carrying the token.
    handleProtocols: (offered) => selectBoardSubprotocol(offered) ?? false,
  });
  let closing: Promise<void> | null = null;

  const snapshotMetrics = () =>
    metrics.snapshot({
      rooms: rooms.size,
      connections: connections.size,
      pendingUpdates: writer.pending,
      accessFeedListening: accessFeed?.listening ?? false,
    });

  const checkDatabase = () =>
    Promise.race([
      log.ping().then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(resolve, 2000, false).unref()),
    ]);
  const http = createServer(serveWith(createPublicHttpHandler({ checkDatabase })));
  const internal = createServer(
    serveWith(createInternalHttpHandler({ metrics: snapshotMetrics, checkDatabase })),
  );

  function serveWith(handle: ReturnType<typeof createPublicHttpHandler>) {
    return (request: IncomingMessage, response: ServerResponse) => {
      handle(request, response).catch((error: unknown) => {
        logger.error({ err: error }, "http handler failed");
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    };
  }

  function onConnection(ws: WebSocket, admission: Admission): void {
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
      onClosed: (closed) => connections.delete(closed),
    });
    connections.add(connection);
    rooms.attach(connection);
  }

  /** Closes (or, for a downgrade, sends back to reconnect) every connection that lost what its token grants. */
  function applyAccessChange(change: BoardAccessChange): void {
    revocations.record(change);
    metrics.recordAccessChange();
    let closed = 0;
    for (const connection of [...connections]) {
      const { identity } = connection;
      if (identity.docId !== change.docId) continue;
      if (change.userId !== undefined && identity.userId !== change.userId) continue;
      const refusal = revocations.refusalFor(identity);
      if (!refusal) continue;
      connection.close(refusal.code, refusal.reason, refusal.metric);
      closed++;
    }
    logger.info({ ...change, closed }, "board access changed");
  }

  /**
   * Admission plus the access changes that arrived after the token was issued, then the
   * person's connection slot and (for editors) their stored bytes. An admitted request
   * holds a slot: the caller gives it back when the socket closes.
   */
  async function admit(request: UpgradeRequest): Promise<Admission> {
    const admission = await admitConnection(request, options.tokenSecret);
    if (!admission.ok) return admission;
    const refusal = revocations.refusalFor(admission.identity);
    if (refusal) return { ok: false, code: refusal.code, reason: refusal.reason, refusal: refusal.metric };
    const { userId, role } = admission.identity;
    if (!users.open(userId)) {
      return {
        ok: false,
        code: CloseCode.TooManyConnections,
        reason: `too many open board connections (at most ${limits.maxConnectionsPerUser}); close another tab`,
        refusal: "too-many-connections",
      };
    }
    try {
      if (role === "editor") await users.load(userId);
    } catch (error) {
      users.close(userId);
      throw error;
    }
    return admission;
  }

  async function startAccessFeed(): Promise<void> {
    if (!options.databaseUrl) {
      logger.warn("no databaseUrl: access changes are not received; tokens still expire");
      return;
    }
    accessFeed = listenForBoardAccessChanges(options.databaseUrl, applyAccessChange, {
      onError: (error) => logger.warn({ err: error }, "access feed dropped; reconnecting"),
      onReconnected: () =>
        logger.warn("access feed is back; changes sent while it was down were missed until tokens expire"),
    });
    const ready = await Promise.race([
      accessFeed.ready.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(resolve, ACCESS_FEED_WAIT_MS, false).unref()),
    ]);
    if (!ready) logger.error("access feed not listening yet; serving anyway, it keeps retrying");
  }

  http.on("upgrade", (request, socket: Duplex, head: Buffer) => {
    // A reset in the middle of the handshake must not reach the process.
    socket.on("error", (error) => logger.debug({ err: error }, "socket error during upgrade"));
    if (closing) {
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
        if (closing || socket.destroyed) {
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

  let heartbeat: NodeJS.Timeout | undefined;
  function startHeartbeat(): void {
    // Drops peers that stopped answering pings (a vanished laptop keeps its TCP socket).
    heartbeat = setInterval(() => {
      for (const connection of connections) {
        if (connection.alive) connection.ping();
        else connection.terminate();
      }
      revocations.prune();
    }, options.heartbeatMs ?? 30_000);
    heartbeat.unref();
  }

  async function shutdown(): Promise<void> {
    clearInterval(heartbeat);
    const feedClosed = accessFeed?.close();
    metrics.stopSampling();
    const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
    http.closeIdleConnections();
    const internalStopped = internal.listening
      ? new Promise<void>((resolve) => internal.close(() => resolve()))
      : Promise.resolve();
    internal.closeAllConnections();
    const timeoutMs = options.shutdownTimeoutMs ?? 10_000;
    const open = [...connections];
    const flushed = Promise.all([rooms.shutdown(CloseCode.GoingAway, SHUTDOWN_REASON), writer.idle()]);
    const timedOut = await Promise.race([
      flushed.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(resolve, timeoutMs, true).unref()),
    ]);
    if (timedOut) logger.warn("shutdown timed out before every room was flushed");
    // Give clients a moment to answer the close frame, then drop whoever did not.
    const answered = Promise.all(open.map((connection) => connection.whenClosed));
    await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    for (const connection of open) connection.terminate();
    http.closeAllConnections();
    await stopped;
    await internalStopped;
    await feedClosed;
    if (ownsLog) await log.close();
    if (ownsUsage) await usage.close();
  }

  return {
    async listen(port, host = "127.0.0.1") {
      const address = await listenOn(http, port, host);
      startHeartbeat();
      metrics.startSampling();
      await startAccessFeed();
      return address;
    },
    listenInternal(port, host = "127.0.0.1") {
      return listenOn(internal, port, host);
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
    metrics: snapshotMetrics,
  };
}

function listenOn(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function createUsageFor(databaseUrl: string | undefined): BoardLogUsage {
  if (!databaseUrl) throw new Error("createCollabServer needs databaseUrl or boardLogUsage");
  return createBoardLogUsage(databaseUrl, { maxConnections: 2 });
}

function createBoardLogFor(databaseUrl: string | undefined, lanes: number): BoardLog {
  if (!databaseUrl) throw new Error("createCollabServer needs databaseUrl or boardLog");
  // One connection per writer lane; loads, snapshots and health checks share the others.
  return createBoardLog(databaseUrl, { appendConnections: lanes, maxConnections: 4 });
}
