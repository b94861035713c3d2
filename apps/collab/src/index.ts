// Entry point: read the environment, open the public and the metrics port, and shut down
// cleanly on SIGTERM/SIGINT (every pending update flushed, clients told to reconnect with 1001).
import { pino } from "pino";
import { readEnv } from "./env";
import { createCollabServer } from "./server";

const env = readEnv(process.env);
const logger = pino({ name: "collab", level: env.LOG_LEVEL });
const server = createCollabServer({
  databaseUrl: env.DATABASE_URL,
  tokenSecret: env.BOARD_TOKEN_SECRET,
  snapshotEvery: env.SNAPSHOT_EVERY,
  writerLanes: env.COLLAB_WRITER_LANES,
  leaseTtlMs: env.COLLAB_LEASE_TTL_MS,
  routerUrl: env.COLLAB_ROUTER_URL,
  heartbeatMs: env.COLLAB_HEARTBEAT_MS,
  limits: {
    boardLogQuotaBytes: env.BOARD_LOG_QUOTA_BYTES,
    userLogQuotaBytes: env.BOARD_USER_QUOTA_BYTES,
    maxConnectionsPerUser: env.MAX_CONNECTIONS_PER_USER,
  },
  logger,
});

const address = await server.listen(env.COLLAB_PORT, env.COLLAB_HOST);
logger.info({ host: address.address, port: address.port }, "collab server listening");
// Metrics are for operators: a busy metrics port (two servers on one host) must not take
// the board down, so that is logged and the server serves on.
try {
  const internal = await server.listenInternal(env.COLLAB_METRICS_PORT, env.COLLAB_METRICS_HOST);
  logger.info({ host: internal.address, port: internal.port }, "metrics listening");
} catch (error) {
  logger.error(
    { err: error, port: env.COLLAB_METRICS_PORT },
    "could not open the metrics port; set COLLAB_METRICS_PORT. Serving without metrics",
  );
}

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) {
      logger.warn({ signal }, "second signal; exiting without waiting");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    server.close().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
