import { z } from "zod";

// What the replay's API answers with. The server responds through these schemas; the
// browser only reads their types (it trusts its own server and ships no zod for this).

export const ReplayManifest = z.object({
  lastSeq: z.number().int().min(0),
  durationMs: z.number().int().min(1),
  chunks: z.array(
    z.object({ from: z.number().int(), to: z.number().int(), fromMs: z.number(), toMs: z.number() }),
  ),
  keyframes: z.array(z.object({ seq: z.number().int(), atMs: z.number() })),
  bucketMs: z.number().int().min(1),
  lanes: z.array(
    z.object({
      userId: z.string().nullable(),
      name: z.string(),
      color: z.string(),
      counts: z.array(z.number().int().min(0)),
    }),
  ),
  idleGaps: z.array(z.object({ fromMs: z.number(), toMs: z.number() })),
});
export type ReplayManifest = z.infer<typeof ReplayManifest>;

/** The history routes: one manifest, chunks that name their range, keyframes that name their seq. */
export const replayApi = {
  manifest: (sessionId: string) => `/api/sessions/${sessionId}/replay`,
  chunk: (sessionId: string, range: { from: number; to: number }) =>
    `/api/sessions/${sessionId}/replay/history/${range.from}-${range.to}`,
  keyframe: (sessionId: string, seq: number) => `/api/sessions/${sessionId}/replay/keyframes/${seq}`,
};

export const ReplaySharingDto = z.object({
  shares: z.array(z.object({ userId: z.string(), name: z.string().nullable(), sharedAt: z.string() })),
  candidates: z.array(z.object({ userId: z.string(), name: z.string().nullable() })),
});
export type ReplaySharingDto = z.infer<typeof ReplaySharingDto>;
