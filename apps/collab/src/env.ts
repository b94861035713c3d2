// The only place that reads process.env: everything the server needs, validated once.
import { z } from "zod";
import { HEARTBEAT_MS } from "./heartbeat";

const Env = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL"),
  BOARD_TOKEN_SECRET: z.string().min(32, "BOARD_TOKEN_SECRET must be at least 32 characters"),
  COLLAB_PORT: z.coerce.number().int().min(0).max(65_535).default(1234),
  COLLAB_HOST: z.string().min(1).default("127.0.0.1"),
  /** GET /metrics and detailed health; loopback by default, so only the host (or a sidecar) reaches it. */
  COLLAB_METRICS_PORT: z.coerce.number().int().min(0).max(65_535).default(1235),
  COLLAB_METRICS_HOST: z.string().min(1).default("127.0.0.1"),
  SNAPSHOT_EVERY: z.coerce.number().int().min(1).max(1_000_000).default(200),
  /**
   * Parallel group commits, one database connection each. One lane gives the largest
   * batches and measured best here; more can help when Postgres is far away.
   */
  COLLAB_WRITER_LANES: z.coerce.number().int().min(1).max(32).default(1),
  /** Stored board log per document, in bytes (every update counts, not just the merged document). */
  BOARD_LOG_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(64 * 1024 * 1024),
  /** Stored board log per person across every document, in bytes. */
  BOARD_USER_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(256 * 1024 * 1024),
  /** Open board connections per person on one collab server. */
  MAX_CONNECTIONS_PER_USER: z.coerce.number().int().min(1).max(10_000).default(8),
  /**
   * A node that stops renewing for this long (paused, cut off from the database while its
   * session lives) loses its documents to another node that asks; a node that dies loses
   * them at once (its session lock goes with it).
   */
  COLLAB_LEASE_TTL_MS: z.coerce.number().int().min(500).max(600_000).default(10_000),
  /**
   * The load balancer in front of the collab nodes, as the nodes reach it (e.g. nginx's
   * `http://127.0.0.1:1234`): asked where a document belongs, so documents move back to a
   * node that returns. Unset for a single node.
   */
  COLLAB_ROUTER_URL: z
    .string()
    .regex(/^(https?|wss?):\/\//, "COLLAB_ROUTER_URL must be an http(s) or ws(s) URL")
    .optional(),
  /** Pings every open websocket this often; a peer that misses one is dropped. Keep it below the proxy's read timeout. */
  COLLAB_HEARTBEAT_MS: z.coerce.number().int().min(1000).max(300_000).default(HEARTBEAT_MS),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type Env = z.infer<typeof Env>;

/** Parses the environment; throws one readable error listing every problem. */
export function readEnv(source: NodeJS.ProcessEnv): Env {
  const result = Env.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`invalid collab server environment:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}
