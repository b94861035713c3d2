import "server-only";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import {
  encodeHistoryChunk,
  HISTORY_FORMAT_VERSION,
  isChunk,
  summarizeHistory,
} from "@mockboard/board/replay";
import { loadReplayAccess, NotFoundError, SessionId } from "@mockboard/db";
import { colorForUser } from "@mockboard/protocol";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/features/auth";
import { boardHistory, db } from "@/server/db";
import { route } from "@/server/http/route";
import { ReplayManifest } from "../replay-contract";
import { ServerTiming } from "./server-timing";

// An ended session's history never changes: chunk and keyframe URLs name what they hold,
// so the browser keeps them for good (private: they are behind sign-in) and revalidates
// nothing. The manifest is revalidated on every load (a strong ETag makes that a 304), so
// access is asked again each time the page opens.
const IMMUTABLE = "private, max-age=31536000, immutable";
const REVALIDATE = "private, no-cache";

function notModified(request: Request, etag: string, cacheControl: string): NextResponse | null {
  const tags = request.headers.get("if-none-match")?.split(/\s*,\s*/) ?? [];
  if (!tags.includes(etag)) return null;
  return new NextResponse(null, { status: 304, headers: { etag, "cache-control": cacheControl } });
}

/**
 * History is gzip-compressed in the body itself (the browser inflates it with
 * DecompressionStream): it is mostly JSON text inside Yjs structs and shrinks several-fold,
 * and Next neither compresses binary types nor lets a route set Content-Encoding. A fast
 * level: the server's time per seek matters more than the last few percent.
 */
async function gzipped(bytes: Uint8Array, etag: string, timing: ServerTiming): Promise<NextResponse> {
  const body = await timing.time("gzip", () => gzipSync(bytes, { level: 4 }));
  return new NextResponse(body as BodyInit, {
    headers: {
      "content-type": "application/gzip",
      etag,
      "cache-control": IMMUTABLE,
      "server-timing": timing.header(),
    },
  });
}

const SessionParams = z.object({ id: SessionId });

/** The replay's table of contents: chunk time ranges, keyframes, activity lanes, idle stretches. */
export const replayManifestGET = route(
  { authenticate: requireApiUser, params: SessionParams },
  async ({ request, user, params }) => {
    const access = await loadReplayAccess(db(), params.id, user.id);
    const started = access.startedAt.getTime();
    const [index, keyframes] = await Promise.all([
      boardHistory().index(access.boardDocId),
      boardHistory().keyframes(access.boardDocId),
    ]);
    const names = new Map(access.people.map((person) => [person.id, person.name]));
    const summary = summarizeHistory(
      index.map((entry) => ({ seq: entry.seq, atMs: entry.at.getTime() - started, userId: entry.userId })),
      { durationMs: access.endedAt.getTime() - started },
    );
    const manifest = ReplayManifest.parse({
      lastSeq: summary.lastSeq,
      durationMs: summary.durationMs,
      chunks: summary.chunks,
      keyframes: keyframes
        .filter((keyframe) => keyframe.seq <= summary.lastSeq)
        .map((keyframe) => ({ seq: keyframe.seq, atMs: keyframe.at.getTime() - started })),
      bucketMs: summary.bucketMs,
      lanes: summary.lanes.map((lane) => ({
        userId: lane.userId,
        name: (lane.userId && names.get(lane.userId)) || "Someone",
        color: lane.userId ? colorForUser(lane.userId) : "#868e96",
        counts: lane.counts,
      })),
      idleGaps: summary.idleGaps,
    });
    const body = JSON.stringify(manifest);
    const etag = `"m${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    return (
      notModified(request, etag, REVALIDATE) ??
      new NextResponse(body, {
        headers: { "content-type": "application/json", etag, "cache-control": REVALIDATE },
      })
    );
  },
);

const ChunkParams = z.object({
  id: SessionId,
  range: z
    .string()
    .regex(/^[1-9]\d{0,8}-[1-9]\d{0,8}$/)
    .transform((value) => {
      const [from, to] = value.split("-").map(Number) as [number, number];
      return { from, to };
    }),
});

/** One chunk of the update log (a range on the fixed grid), in the engine's binary format. */
export const replayChunkGET = route(
  { authenticate: requireApiUser, params: ChunkParams },
  async ({ request, user, params }) => {
    const timing = new ServerTiming();
    const access = await timing.time("access", () => loadReplayAccess(db(), params.id, user.id));
    const etag = `"h${HISTORY_FORMAT_VERSION}-${access.boardDocId}-${params.range.from}-${params.range.to}"`;
    const cached = notModified(request, etag, IMMUTABLE);
    if (cached) return cached;
    const { updates, lastSeqUpToNext } = await timing.time("updates", () =>
      boardHistory().updates(access.boardDocId, params.range),
    );
    if (!isChunk(params.range, lastSeqUpToNext)) throw new NotFoundError("No such part of the history");
    const started = access.startedAt.getTime();
    const encoded = await timing.time("encode", () =>
      encodeHistoryChunk(
        updates.map((u) => ({ seq: u.seq, atMs: u.at.getTime() - started, bytes: u.bytes })),
      ),
    );
    return gzipped(encoded, etag, timing);
  },
);

const KeyframeParams = z.object({ id: SessionId, seq: z.coerce.number().int().min(1).max(2_000_000_000) });

/** A keyframe: the board's merged state up to its seq. */
export const replayKeyframeGET = route(
  { authenticate: requireApiUser, params: KeyframeParams },
  async ({ request, user, params }) => {
    const timing = new ServerTiming();
    const access = await timing.time("access", () => loadReplayAccess(db(), params.id, user.id));
    const etag = `"k-${access.boardDocId}-${params.seq}"`;
    const cached = notModified(request, etag, IMMUTABLE);
    if (cached) return cached;
    const state = await timing.time("keyframe", () => boardHistory().keyframe(access.boardDocId, params.seq));
    if (!state) throw new NotFoundError("No keyframe there");
    return gzipped(state, etag, timing);
  },
);
