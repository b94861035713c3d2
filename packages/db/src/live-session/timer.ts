import { type TimerEvent, timerStateAt } from "@mockboard/interview";
import type { Prisma, SessionEventKind } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";
import { ConflictError } from "../errors";
import { STORAGE_LIMITS } from "../storage-limits";
import { loadSessionAccess, requireAllowed } from "./access";
import { notifySessionChanged } from "./feed";
import { lockSession } from "./lock";
import { parsePhasePlan } from "./phase-plan";

export const TimerAction = z.discriminatedUnion("action", [
  z.object({ action: z.literal("pause") }),
  z.object({ action: z.literal("resume") }),
  z.object({ action: z.literal("next-phase") }),
  z.object({ action: z.literal("previous-phase") }),
  z.object({
    action: z.literal("add-time"),
    seconds: z
      .number()
      .int()
      .min(-600)
      .max(1800)
      .refine((s) => s !== 0),
  }),
]);
export type TimerAction = z.infer<typeof TimerAction>;

const TIMER_KINDS = [
  "STARTED",
  "TIMER_PAUSED",
  "TIMER_RESUMED",
  "PHASE_STARTED",
  "TIME_ADDED",
  "ENDED",
] as const;

/** The timer's events among a session's events (any kinds, in time order), as the pure timer rules read them. */
export function timerEventsOf(rows: { kind: SessionEventKind; at: Date; data: unknown }[]): TimerEvent[] {
  return rows
    .filter((row) => (TIMER_KINDS as readonly SessionEventKind[]).includes(row.kind))
    .map((row) => {
      const at = row.at.getTime();
      const data = (row.data ?? {}) as { phaseIndex?: number; seconds?: number };
      switch (row.kind) {
        case "PHASE_STARTED":
          return { kind: "PHASE_STARTED", at, phaseIndex: data.phaseIndex ?? 0 };
        case "TIME_ADDED":
          return { kind: "TIME_ADDED", at, seconds: data.seconds ?? 0 };
        default:
          return { kind: row.kind as "STARTED" | "TIMER_PAUSED" | "TIMER_RESUMED" | "ENDED", at };
      }
    });
}

/** The session's events that drive the timer, as the pure timer rules read them. */
export async function loadTimerEvents(
  db: Db | Prisma.TransactionClient,
  sessionId: string,
): Promise<TimerEvent[]> {
  const rows = await db.sessionEvent.findMany({
    where: { sessionId, kind: { in: [...TIMER_KINDS] } },
    orderBy: { at: "asc" },
    select: { kind: true, at: true, data: true },
  });
  return timerEventsOf(rows);
}

/**
 * Pause, resume, next or previous phase, or add time: interviewer only, while the session is live, and
 * at most STORAGE_LIMITS.timerChangesPerSession times a session (409 after that).
 */
export async function applyTimerAction(db: Db, sessionId: string, userId: string, input: TimerAction) {
  return db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(access, "control-timer", {
      role: "Only the interviewer runs the timer",
      stage: "The timer runs only while the session is live",
    });
    const session = await tx.interviewSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { phasePlan: true },
    });
    const phases = parsePhasePlan(session.phasePlan);
    const now = new Date();
    const events = await loadTimerEvents(tx, sessionId);
    const changes = events.filter((event) => event.kind !== "STARTED" && event.kind !== "ENDED").length;
    if (changes >= STORAGE_LIMITS.timerChangesPerSession)
      throw new ConflictError(
        `The timer of this session was changed ${changes} times, the most a session keeps: it runs on as it is`,
      );
    const state = timerStateAt(
      phases.map((phase) => phase.minutes),
      events,
      now.getTime(),
    );
    const event = (() => {
      switch (input.action) {
        case "pause":
          if (state.status !== "running") throw new ConflictError("The timer is not running");
          return { kind: "TIMER_PAUSED" as const, data: {} };
        case "resume":
          if (state.status !== "paused") throw new ConflictError("The timer is not paused");
          return { kind: "TIMER_RESUMED" as const, data: {} };
        case "next-phase":
          if (state.phaseIndex >= phases.length - 1) throw new ConflictError("This is the last phase");
          return { kind: "PHASE_STARTED" as const, data: { phaseIndex: state.phaseIndex + 1 } };
        case "previous-phase":
          if (state.phaseIndex === 0) throw new ConflictError("This is the first phase");
          return { kind: "PHASE_STARTED" as const, data: { phaseIndex: state.phaseIndex - 1 } };
        case "add-time":
          return { kind: "TIME_ADDED" as const, data: { seconds: input.seconds } };
      }
    })();
    await tx.sessionEvent.create({
      data: { sessionId, kind: event.kind, actorId: userId, at: now, data: event.data },
    });
    await notifySessionChanged(tx, { sessionId, kind: "timer" });
  });
}
