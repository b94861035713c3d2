import { CODE_LANGUAGES } from "@mockboard/codepad/languages";
import { runReportDecision, Surface, surfaceOf } from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";
import { ConflictError } from "../errors";
import { loadSessionAccess, requireAllowed, requireDecision } from "./access";
import { notifySessionChanged } from "./feed";
import { lockSession } from "./lock";

type Reader = Db | Prisma.TransactionClient;

/** The most code pad events (runs, language changes) one session keeps on its timeline. */
export const CODE_EVENTS_PER_SESSION = 2000;

export const SurfaceInput = z.object({ surface: Surface });
export type SurfaceInput = z.infer<typeof SurfaceInput>;

const CodeLanguage = z.enum(CODE_LANGUAGES);

/** What a browser reports about the code pad: a language change, or how a run ended (never the code). */
export const CodeEventInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("language"), from: CodeLanguage, to: CodeLanguage }),
  z.object({
    kind: z.literal("run"),
    mode: z.enum(["run", "tests"]),
    language: CodeLanguage,
    status: z.enum(["ok", "error", "timeout", "stopped"]),
    durationMs: z.number().int().min(0).max(3_600_000),
    /** Example tests that passed, and how many ran ("Run tests"); null for a plain run. */
    passed: z.number().int().min(0).max(50).nullable(),
    total: z.number().int().min(0).max(50).nullable(),
    /** Session time when the run started (ms since the session's start); null before the start. */
    startedAt: z.number().int().min(0).max(86_400_000).nullable(),
  }),
]);
export type CodeEventInput = z.infer<typeof CodeEventInput>;

/** The interviewer's surface choices among a session's events, oldest first. */
export function surfaceChoicesOf(events: readonly { kind: string; data: unknown }[]): Surface[] {
  return events.flatMap((event) => {
    if (event.kind !== "SURFACE_CHANGED") return [];
    const parsed = Surface.safeParse((event.data as { surface?: unknown } | null)?.surface);
    return parsed.success ? [parsed.data] : [];
  });
}

/** What the room shows: the interviewer's latest choice, else what the prompt's round opens on. */
export async function loadSurface(db: Reader, sessionId: string): Promise<Surface> {
  const [session, choices] = await Promise.all([
    db.interviewSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { prompt: { select: { roundType: true } } },
    }),
    db.sessionEvent.findMany({
      where: { sessionId, kind: "SURFACE_CHANGED" },
      orderBy: { at: "desc" },
      take: 1,
      select: { kind: true, data: true },
    }),
  ]);
  return surfaceOf(surfaceChoicesOf(choices), session.prompt.roundType);
}

/**
 * The interviewer chooses board, code or both for everyone in the room. The choice is a session
 * event (the timeline and the replay show it, and it is remembered for the session), and the
 * feed makes every open room follow it.
 */
export async function chooseSurface(db: Db, sessionId: string, userId: string, input: SurfaceInput) {
  const { surface } = SurfaceInput.parse(input);
  return db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(access, "switch-surface", {
      role: "Only the interviewer chooses what the room shows",
      stage: "What the room shows is chosen while the session is open",
    });
    if ((await loadSurface(tx, sessionId)) === surface) return { surface };
    await tx.sessionEvent.create({
      data: { sessionId, kind: "SURFACE_CHANGED", actorId: userId, data: { surface } },
    });
    await notifySessionChanged(tx, { sessionId, kind: "surface" });
    return { surface };
  });
}

/**
 * Puts a code pad event on the session's timeline: a language change by someone who may type
 * in the pad, or the end of a run by someone who may run code. The result only: status, time
 * and how many tests passed, never the code or its output. A run is reported when it ends, so
 * one that started before the session's end is kept just after it, at the moment it started
 * (`runReportDecision`).
 */
export async function recordCodeEvent(db: Db, sessionId: string, userId: string, input: CodeEventInput) {
  const event = CodeEventInput.parse(input);
  const access = await loadSessionAccess(db, sessionId, userId);
  let at: Date | undefined;
  if (event.kind === "language")
    requireAllowed(access, "edit-code", {
      role: "Only the participants change the code pad's language",
      stage: "The code pad is read-only once the session is over",
    });
  else {
    const span = {
      startedAt: access.startedAt?.getTime() ?? null,
      endedAt: access.endedAt?.getTime() ?? null,
    };
    const report = runReportDecision(access.viewer, span, event.startedAt, Date.now());
    requireDecision(report.decision, {
      role: "Only the participants run code",
      stage: "Code runs while the session is open: this run started after it ended",
    });
    if (report.at !== null && span.startedAt !== null) at = new Date(span.startedAt + report.at);
  }
  const recorded = await db.sessionEvent.count({
    where: { sessionId, kind: { in: ["CODE_RUN", "CODE_LANGUAGE_CHANGED"] } },
  });
  if (recorded >= CODE_EVENTS_PER_SESSION)
    throw new ConflictError(
      `This session already has ${CODE_EVENTS_PER_SESSION} code pad events on its timeline`,
    );
  // A run's start is its moment on the timeline (`at`), not part of its result.
  const { kind, ...data } = event.kind === "run" ? (({ startedAt: _at, ...result }) => result)(event) : event;
  await db.sessionEvent.create({
    data: {
      sessionId,
      kind: kind === "language" ? "CODE_LANGUAGE_CHANGED" : "CODE_RUN",
      actorId: userId,
      data,
      at,
    },
  });
}
