import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import type pg from "pg";

export type Db = PrismaClient;

/**
 * A Prisma client over node-postgres (the Rust-free client with the pg adapter). A caller
 * may hand in its own pool (a benchmark counting the statements sent).
 */
export function createDb(
  connectionString: string,
  options: { maxConnections?: number; pool?: pg.Pool } = {},
): Db {
  const adapter = new PrismaPg(options.pool ?? { connectionString, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}
