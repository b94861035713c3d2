import "server-only";
import { createDb, type Db } from "@mockboard/db";
import { env } from "./env";

// One client per server process; kept on globalThis so dev hot reloads reuse it.
const holder = globalThis as unknown as { mockboardDb?: Db };

export function db(): Db {
  holder.mockboardDb ??= createDb(env().DATABASE_URL);
  return holder.mockboardDb;
}
