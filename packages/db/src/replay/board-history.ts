import type { Db } from "../client";

/** One update of the board log without its bytes: what the replay's timeline is built from. */
export interface BoardIndexEntry {
  seq: number;
  at: Date;
  userId: string | null;
}

/** Every update of a board in seq order, without bytes (a 20,000-update log is a few hundred KB). */
export function loadBoardIndex(db: Db, docId: string): Promise<BoardIndexEntry[]> {
  return db.boardUpdate.findMany({
    where: { docId },
    orderBy: { seq: "asc" },
    select: { seq: true, at: true, userId: true },
  });
}

/** The updates with `from <= seq <= to`, in seq order. */
export function loadBoardUpdates(
  db: Db,
  docId: string,
  range: { from: number; to: number },
): Promise<{ seq: number; at: Date; bytes: Uint8Array }[]> {
  return db.boardUpdate.findMany({
    where: { docId, seq: { gte: range.from, lte: range.to } },
    orderBy: { seq: "asc" },
    select: { seq: true, at: true, bytes: true },
  });
}

/** The board's snapshots, each the merged state up to its seq: the replay's keyframes. */
export function listKeyframes(db: Db, docId: string): Promise<{ seq: number; at: Date; bytes: number }[]> {
  return db.$queryRaw<{ seq: number; at: Date; bytes: number }[]>`
    select "seq", "at", octet_length("state")::int as "bytes" from "BoardSnapshot"
    where "docId" = ${docId} order by "seq"`;
}

/** One keyframe's state, or null when there is none at that seq. */
export async function loadKeyframe(db: Db, docId: string, seq: number): Promise<Uint8Array | null> {
  const row = await db.boardSnapshot.findUnique({
    where: { docId_seq: { docId, seq } },
    select: { state: true },
  });
  return row?.state ?? null;
}

/** The board log's last seq; 0 for a board nobody drew on. */
export async function lastBoardSeq(db: Db, docId: string): Promise<number> {
  const last = await db.boardUpdate.aggregate({ where: { docId }, _max: { seq: true } });
  return last._max.seq ?? 0;
}
