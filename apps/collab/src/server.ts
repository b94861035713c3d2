// The collab server: y-websocket and a bare health status on the public port, metrics on
// an internal one. Creating it has no side effects; listen() registers the node and opens
// the public port, listenInternal() the internal one, and close() flushes every room and
// gives its leases back. This file only wires the parts: admission (admission-gate.ts),
// upgrades (upgrade.ts), the open connections, the access feed, document ownership
// (ownership.ts), rooms and the write queue, and shutdown (shutdown.ts).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createBoardSchema } from "@mockboard/board/schema";
import type { BoardAccessListener } from "@mockboard/db/board-access";
import type { BoardLog, BoardLogUsage } from "@mockboard/db/board-log";
import { selectBoardSubprotocol } from "@mockboard/protocol";
import { type Logger, pino } from "pino";
import { WebSocketServer } from "ws";
import { awaitAccessFeed, openAccessFeed } from "./access-feed";
import { AccessRevocations } from "./access-revocations";
import { createAdmissionGate } from "./admission-gate";
import { checkDatabase, createBoardLogFor, createUsageFor } from "./board-storage";
import { HEARTBEAT_MS } from "./heartbeat";
import { createInternalHttpHandler, createPublicHttpHandler, listenOn, serveWith } from "./http";
import { type CollabLimits, resolveLimits } from "./limits";
import { Metrics, type MetricsSnapshot } from "./metrics";
import { OpenConnections } from "./open-connections";
import { Ownership } from "./ownership";
import { UpdateWriter } from "./persistence";
import { RoomRegistry } from "./room-registry";
import { Semaphore } from "./semaphore";
import { shutDown } from "./shutdown";
import { UserQuotas } from "./storage-quotas";
import { handleUpgrades } from "./upgrade";

export interface CollabServerOptions {
  tokenSecret: string;
  /**
   * Where the board log lives (unless `boardLog` is given), where the node registers and
   * takes document leases, and where it LISTENs for access changes from the web app.
   */
  databaseUrl: string;
  /** A ready board log (tests inject one); the server then does not close it. */
  boardLog?: BoardLog;
  /** Stored-bytes sums for the storage quotas; created from databaseUrl (and closed) when absent. */
  boardLogUsage?: BoardLogUsage;
  snapshotEvery?: number;
  limits?: Partial<CollabLimits>;
  logger?: Logger;
  /** Parallel group-commit writers. */
  writerLanes?: number;
  /** How often every websocket is pinged; see HEARTBEAT_MS. */
  heartbeatMs?: number;
  /** How long close() waits for rooms to flush before dropping sockets. */
  shutdownTimeoutMs?: number;
  /** A node silent this long (paused, cut off) loses its documents to another node that asks. */
  leaseTtlMs?: number;
  /** How long a connection waits for a document another node holds before it is told to reconnect. */
  acquireTimeoutMs?: number;
  /** The load balancer in front of the collab nodes, asked where a document belongs (router.ts). */
  routerUrl?: string;
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
  const ownership = new Ownership({
    databaseUrl: options.databaseUrl,
    logger,
    metrics,
    leaseTtlMs: options.leaseTtlMs ?? 10_000,
    acquireTimeoutMs: options.acquireTimeoutMs ?? 15_000,
    routerUrl: options.routerUrl,
  });
  const rooms = new RoomRegistry({
    log,
    leases: ownership,
    usage,
    users,
    writer,
    metrics,
    logger,
    limits,
    snapshotEvery: options.snapshotEvery ?? 200,
    snapshotSlots: new Semaphore(SNAPSHOT_CONCURRENCY),
    boardSchema: createBoardSchema(),
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
      nodeId: ownership.nodeId,
      leases: [...rooms.owned()].length,
    });
  const ownershipReport = () => metrics.ownershipReport(ownership.nodeId, rooms.leaseReport());
  const databaseAnswers = () => checkDatabase(log);
  const http = createServer(
    serveWith(
      createPublicHttpHandler({ checkDatabase: databaseAnswers, instance: ownership.instance }),
      logger,
    ),
  );
  const internal = createServer(
    serveWith(
      createInternalHttpHandler({
        metrics: snapshotMetrics,
        ownership: ownershipReport,
        checkDatabase: databaseAnswers,
        instance: ownership.instance,
      }),
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
    const every = options.heartbeatMs ?? HEARTBEAT_MS;
    let last = performance.now();
    heartbeat = setInterval(() => {
      const now = performance.now();
      // A beat far behind schedule means this process stalled: nobody is judged on it.
      connections.heartbeat(now - last < every * 1.5);
      last = now;
      revocations.prune();
    }, every);
    heartbeat.unref();
  }

  return {
    async listen(port, host = "127.0.0.1") {
      // Registered before the first connection: a room takes its lease before it loads.
      await ownership.start(rooms);
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
        ownership,
        timeoutMs: options.shutdownTimeoutMs ?? 10_000,
        logger,
      });
      return closing;
    },
    metrics: snapshotMetrics,
  };
}
