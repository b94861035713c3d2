// Entry point: read the environment, listen, and shut down cleanly on SIGTERM/SIGINT
// (every pending update flushed, clients told to reconnect with 1001).
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
  logger,
});

const address = await server.listen(env.COLLAB_PORT, env.COLLAB_HOST);
logger.info({ host: address.address, port: address.port }, "collab server listening");

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
