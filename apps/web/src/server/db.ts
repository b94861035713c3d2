import "server-only";
import { type BoardHistory, createBoardHistory, createDb, type Db } from "@mockboard/db";
import { env } from "./env";

// One client per server process; kept on globalThis so dev hot reloads reuse it.
const holder = globalThis as unknown as { mockboardDb?: Db; mockboardBoardHistory?: BoardHistory };

export function db(): Db {
  holder.mockboardDb ??= createDb(env().DATABASE_URL);
  return holder.mockboardDb;
}

/** The replay's reads of the board log (node-postgres: their bytes are most of a seek). */
export function boardHistory(): BoardHistory {
  holder.mockboardBoardHistory ??= createBoardHistory(env().DATABASE_URL);
  return holder.mockboardBoardHistory;
}
