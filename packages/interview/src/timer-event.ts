import { z } from "zod";

/**
 * The phase timer is never stored as a running clock: it is derived from the session's
 * events (server timestamps), so every tab, a reload and the replay compute the same time.
 * The servers parse events with this; timer.ts derives the clock from its type only.
 */
export const TimerEvent = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("STARTED"), at: z.number() }),
  z.object({ kind: z.literal("TIMER_PAUSED"), at: z.number() }),
  z.object({ kind: z.literal("TIMER_RESUMED"), at: z.number() }),
  z.object({ kind: z.literal("PHASE_STARTED"), at: z.number(), phaseIndex: z.number().int().min(0) }),
  z.object({ kind: z.literal("TIME_ADDED"), at: z.number(), seconds: z.number().int() }),
  z.object({ kind: z.literal("ENDED"), at: z.number() }),
]);
export type TimerEvent = z.infer<typeof TimerEvent>;
