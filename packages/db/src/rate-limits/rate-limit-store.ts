import pg from "pg";

/**
 * The table rate-limiter-flexible's RateLimiterPostgres keeps its counters in (the
 * `RateLimit` model, made by a migration, so the library never creates tables itself).
 * Every web instance shares it, so a limit holds however many instances run.
 */
export const RATE_LIMIT_TABLE = "rate_limits";

/**
 * A small node-postgres pool for the rate limiters (the library speaks to a pg pool, not
 * to Prisma). Counting an attempt is one upsert; a handful of connections is plenty.
 */
export function createRateLimitPool(connectionString: string, options: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 3, idleTimeoutMillis: 30_000 });
  // An idle client that loses its connection must not crash the process; the limiter's
  // next query reports the failure and its in-memory insurance takes over.
  pool.on("error", () => undefined);
  return pool;
}
