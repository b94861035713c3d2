import { join } from "node:path";
import { type Service, startService, waitForHttp } from "./processes";

export interface CollabServerOptions {
  /** Public port: websockets and GET /health. */
  port: number;
  /** Internal port: GET /metrics and GET /ownership. */
  metricsPort: number;
  /** DATABASE_URL and BOARD_TOKEN_SECRET at least; COLLAB_* settings. */
  env: NodeJS.ProcessEnv;
  /** The name in the log prefix ("collab-1" in a cluster). */
  name?: string;
  quiet?: boolean;
}

/**
 * Starts apps/collab as production runs it, `node --import tsx src/index.ts` (so the pid
 * held is the server's own, for signals), and resolves once its health check answers.
 */
export async function startCollabServer(root: string, options: CollabServerOptions): Promise<Service> {
  const service = startService(
    options.name ?? "collab",
    process.execPath,
    ["--import", "tsx", "src/index.ts"],
    {
      cwd: join(root, "apps/collab"),
      env: {
        ...options.env,
        COLLAB_PORT: String(options.port),
        COLLAB_HOST: "127.0.0.1",
        COLLAB_METRICS_PORT: String(options.metricsPort),
      },
      quiet: options.quiet,
    },
  );
  try {
    await waitForHttp(
      `http://127.0.0.1:${options.port}/health`,
      30_000,
      () => service.child.exitCode === null,
    );
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}
