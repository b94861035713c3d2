import { isCodeLanguage, LANGUAGES } from "@mockboard/codepad/languages";
import type { SessionEventKind } from "@prisma/client";
import type { Db } from "../client";
import { allows, loadSessionAccess } from "./access";
import { parsePhasePlan } from "./phase-plan";

export interface TimelineEntry {
  id: string;
  at: string;
  /** Milliseconds since the session started; null before it started. */
  offsetMs: number | null;
  kind: SessionEventKind;
  actor: string | null;
  /** A short human sentence for the entry. */
  text: string;
}

/** Entries about scoring, notes and the invite: for whoever the rules let read the staff timeline. */
const STAFF_ONLY: SessionEventKind[] = ["SCORE_SUBMITTED", "NOTE_ADDED", "INVITE_ROTATED", "INVITE_REVOKED"];

function languageLabel(language: unknown): string {
  return isCodeLanguage(language) ? LANGUAGES[language].label : "another language";
}

function describeCodeRun(actor: string, data: Record<string, unknown>): string {
  const what = data.mode === "tests" ? "ran the tests" : "ran the code";
  const seconds = typeof data.durationMs === "number" ? ` in ${(data.durationMs / 1000).toFixed(1)} s` : "";
  const outcome =
    data.status === "timeout"
      ? "stopped at the time limit"
      : data.status === "stopped"
        ? "stopped"
        : data.status === "error"
          ? `failed${seconds}`
          : `finished${seconds}`;
  const tests =
    typeof data.total === "number" ? `, ${Number(data.passed ?? 0)}/${data.total} tests passed` : "";
  return `${actor} ${what} (${languageLabel(data.language)}): ${outcome}${tests}`;
}

/** The timeline shows a session's first this many events. */
const TIMELINE_LENGTH = 500;

function describe(
  kind: SessionEventKind,
  actor: string,
  data: Record<string, unknown>,
  phases: string[],
): string {
  switch (kind) {
    case "CREATED":
      return `${actor} created the session`;
    case "JOINED":
      return `${actor} joined as the candidate`;
    case "LEFT":
      return `${actor} left`;
    case "STARTED":
      return `${actor} started the interview`;
    case "PHASE_STARTED":
      return `Phase: ${phases[Number(data.phaseIndex ?? 0)] ?? "next phase"}`;
    case "TIMER_PAUSED":
      return "Timer paused";
    case "TIMER_RESUMED":
      return "Timer resumed";
    case "TIME_ADDED":
      return `${Math.round(Number(data.seconds ?? 0) / 60)} min added to the phase`;
    case "CANDIDATE_REMOVED":
      return `${actor} removed the candidate`;
    case "INVITE_ROTATED":
      return "A new invite link was made";
    case "INVITE_REVOKED":
      return "The invite link was turned off";
    case "SELF_ASSESSED":
      return `${actor} submitted a self-assessment`;
    case "NOTE_ADDED":
      return "Note";
    case "SCORE_SUBMITTED":
      return `${actor} submitted the scorecard`;
    case "SCORECARD_RELEASED":
      return `${actor} released the feedback`;
    case "ENDED":
      return `${actor} ended the interview`;
    case "CANCELLED":
      return `${actor} cancelled the session`;
    case "STAGE_REVEALED":
      return `${actor} revealed part ${Number(data.index ?? 0) + 2}: ${String(data.title ?? "the next part")}`;
    case "VIDEO_JOINED":
      return `${actor} joined the call`;
    case "VIDEO_LEFT":
      return `${actor} left the call`;
    case "VIDEO_TRACK_PUBLISHED":
      return `${actor} turned on ${String(data.source ?? "a track")
        .replace(/_/g, " ")
        .toLowerCase()}`;
    case "SURFACE_CHANGED":
      return `${actor} showed ${data.surface === "both" ? "the board and the code" : data.surface === "code" ? "the code" : "the board"}`;
    case "CODE_LANGUAGE_CHANGED":
      return `${actor} switched the code to ${languageLabel(data.to)}`;
    case "CODE_RUN":
      return describeCodeRun(actor, data);
    case "VIDEO_TRACK_UNPUBLISHED":
      return `${actor} turned off ${String(data.source ?? "a track")
        .replace(/_/g, " ")
        .toLowerCase()}`;
  }
}

/** A session event as the timeline reads it. */
export interface TimelineEvent {
  id: string;
  at: Date;
  kind: SessionEventKind;
  data: unknown;
  actorName: string | null;
}

export interface TimelineOptions {
  startedAt: Date | null;
  /** The rules' read-staff-timeline: include the interviewer's own steps (notes, scoring, invites). */
  staff: boolean;
}

/** The first 500 events the caller may see, in time order, each with its session time and a sentence. */
export function timelineOf(
  events: TimelineEvent[],
  phasePlan: unknown,
  options: TimelineOptions,
): TimelineEntry[] {
  const phases = parsePhasePlan(phasePlan).map((phase) => phase.title);
  const started = options.startedAt?.getTime() ?? null;
  return events
    .filter((event) => options.staff || !STAFF_ONLY.includes(event.kind))
    .slice(0, TIMELINE_LENGTH)
    .map((event) => ({
      id: event.id,
      at: event.at.toISOString(),
      offsetMs: started === null || event.at.getTime() < started ? null : event.at.getTime() - started,
      kind: event.kind,
      actor: event.actorName,
      text: describe(
        event.kind,
        event.actorName ?? "Someone",
        (event.data ?? {}) as Record<string, unknown>,
        phases,
      ),
    }));
}

/** The session's events as a timeline, each with its session time, filtered by the caller's role. */
export async function getTimeline(db: Db, sessionId: string, userId: string): Promise<TimelineEntry[]> {
  const access = await loadSessionAccess(db, sessionId, userId);
  return listTimelineEntries(db, sessionId, {
    startedAt: access.startedAt,
    staff: allows(access, "read-staff-timeline"),
  });
}

/** The timeline for a caller whose access was already checked (the replay's loader). */
export async function listTimelineEntries(
  db: Db,
  sessionId: string,
  options: TimelineOptions,
): Promise<TimelineEntry[]> {
  const [session, events] = await Promise.all([
    db.interviewSession.findUniqueOrThrow({ where: { id: sessionId }, select: { phasePlan: true } }),
    db.sessionEvent.findMany({
      where: { sessionId, ...(options.staff ? {} : { kind: { notIn: STAFF_ONLY } }) },
      orderBy: { at: "asc" },
      take: TIMELINE_LENGTH,
      select: { id: true, at: true, kind: true, data: true, actor: { select: { name: true } } },
    }),
  ]);
  const timeline = events.map(({ actor, ...event }) => ({ ...event, actorName: actor?.name ?? null }));
  return timelineOf(timeline, session.phasePlan, options);
}
