// The collab server: y-websocket and a bare health status on the public port, metrics on
// an internal one. Creating it has no side effects; listen() opens the public port,
// listenInternal() the internal one, and close() flushes every room. This file only wires
// the parts: admission (admission-gate.ts), upgrades (upgrade.ts), the open connections,
// the access feed, rooms and the write queue, and shutdown (shutdown.ts).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { BoardAccessListener } from "@mockboard/db/board-access";
import type { BoardLog, BoardLogUsage } from "@mockboard/db/board-log";
import { selectBoardSubprotocol } from "@mockboard/protocol";
import { type Logger, pino } from "pino";
import { WebSocketServer } from "ws";
import { awaitAccessFeed, openAccessFeed } from "./access-feed";
import { AccessRevocations } from "./access-revocations";
import { createAdmissionGate } from "./admission-gate";
import { checkDatabase, createBoardLogFor, createUsageFor } from "./board-storage";
import { createInternalHttpHandler, createPublicHttpHandler, listenOn, serveWith } from "./http";
import { type CollabLimits, resolveLimits } from "./limits";
import { Metrics, type MetricsSnapshot } from "./metrics";
import { OpenConnections } from "./open-connections";
import { UpdateWriter } from "./persistence";
import { RoomRegistry } from "./room-registry";
import { Semaphore } from "./semaphore";
import { shutDown } from "./shutdown";
import { UserQuotas } from "./storage-quotas";
import { handleUpgrades } from "./upgrade";

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

/** Snapshots are background work: a couple at a time keeps them off the hot path. */
const SNAPSHOT_CONCURRENCY = 2;

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const logger = options.logger ?? pino({ name: "collab" });
  const limits = resolveLimits(options.limits);
  const lanes = options.writerLanes ?? 1;
  const log = options.boardLog ?? createBoardLogFor(options.databaseUrl, lanes);
  const usage = options.boardLogUsage ?? createUsageFor(options.databaseUrl);
  const ownedStorage = [...(options.boardLog ? [] : [log]), ...(options.boardLogUsage ? [] : [usage])];
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
  const revocations = new AccessRevocations();
  const connections = new OpenConnections({ rooms, revocations, limits, metrics, logger });
  let accessFeed: BoardAccessListener | null = null;
  let closing: Promise<void> | null = null;
  let heartbeat: NodeJS.Timeout | undefined;

  const snapshotMetrics = () =>
    metrics.snapshot({
      rooms: rooms.size,
      connections: connections.size,
      pendingUpdates: writer.pending,
      accessFeedListening: accessFeed?.listening ?? false,
    });
  const databaseAnswers = () => checkDatabase(log);
  const http = createServer(serveWith(createPublicHttpHandler({ checkDatabase: databaseAnswers }), logger));
  const internal = createServer(
    serveWith(
      createInternalHttpHandler({ metrics: snapshotMetrics, checkDatabase: databaseAnswers }),
      logger,
    ),
  );
  handleUpgrades(http, {
    wss: new WebSocketServer({
      noServer: true,
      clientTracking: false,
      perMessageDeflate: false,
      // Frames well past the message limit are cut by ws before they are buffered whole;
      // the ones just above it get our MessageTooLarge close.
      maxPayload: limits.maxMessageBytes + 64 * 1024,
      // Answer with the protocol's own subprotocol, never the one carrying the token.
      handleProtocols: (offered) => selectBoardSubprotocol(offered) ?? false,
    }),
    admit: createAdmissionGate({ tokenSecret: options.tokenSecret, revocations, users, limits }),
    users,
    closing: () => closing !== null,
    onConnection: (ws, admission) => connections.accept(ws, admission),
    logger,
  });

  function startHeartbeat(): void {
    // Drops peers that stopped answering pings (a vanished laptop keeps its TCP socket).
    heartbeat = setInterval(() => {
      connections.heartbeat();
      revocations.prune();
    }, options.heartbeatMs ?? 30_000);
    heartbeat.unref();
  }

  return {
    async listen(port, host = "127.0.0.1") {
      const address = await listenOn(http, port, host);
      startHeartbeat();
      metrics.startSampling();
      accessFeed = openAccessFeed(
        options.databaseUrl,
        (change) => connections.applyAccessChange(change),
        logger,
      );
      await awaitAccessFeed(accessFeed, logger);
      return address;
    },
    listenInternal(port, host = "127.0.0.1") {
      return listenOn(internal, port, host);
    },
    close() {
      closing ??= shutDown({
        http,
        internal,
        rooms,
        writer,
        open: connections.all(),
        stopBackground: () => {
          clearInterval(heartbeat);
          const feedClosed = accessFeed?.close();
          metrics.stopSampling();
          return feedClosed;
        },
        ownedStorage,
        timeoutMs: options.shutdownTimeoutMs ?? 10_000,
        logger,
      });
      return closing;
    },
    metrics: snapshotMetrics,
  };
}
