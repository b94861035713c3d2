import { sessionTimeAt } from "./session-time";
import type { TimerEvent } from "./timer-event";

export type TimerStatus = "not-started" | "running" | "paused" | "ended";

export interface TimerState {
  status: TimerStatus;
  phaseIndex: number;
  /** Time spent in the current phase while the timer ran. */
  phaseElapsedMs: number;
  /** The phase's planned time plus any time added to it. */
  phaseBudgetMs: number;
  /** Negative once the phase runs over. */
  phaseRemainingMs: number;
  overtime: boolean;
  /** Running time since the start, pauses excluded. */
  totalElapsedMs: number;
  /** Session time (`sessionTimeAt`): wall-clock milliseconds since the start, stopping at the end. */
  sinceStartMs: number;
}

/** Derives the timer at `now` from a phase plan (minutes per phase) and the session's events. */
export function timerStateAt(
  phaseMinutes: readonly number[],
  events: readonly TimerEvent[],
  now: number,
): TimerState {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  let status: TimerStatus = "not-started";
  let startedAt: number | null = null;
  let endedAt: number | null = null;
  let phaseIndex = 0;
  let phaseElapsedMs = 0;
  let totalElapsedMs = 0;
  let addedMs = 0;
  let runningSince: number | null = null;
  // What each phase had when it was left, so going back a phase picks it up where it was.
  const left = new Map<number, { elapsedMs: number; addedMs: number }>();

  const settle = (at: number) => {
    if (runningSince === null) return;
    const ran = Math.max(0, at - runningSince);
    phaseElapsedMs += ran;
    totalElapsedMs += ran;
    runningSince = at;
  };

  for (const event of sorted) {
    if (status === "ended" || event.at > now) break;
    switch (event.kind) {
      case "STARTED":
        if (status !== "not-started") break;
        status = "running";
        startedAt = event.at;
        runningSince = event.at;
        break;
      case "TIMER_PAUSED":
        if (status !== "running") break;
        settle(event.at);
        runningSince = null;
        status = "paused";
        break;
      case "TIMER_RESUMED":
        if (status !== "paused") break;
        runningSince = event.at;
        status = "running";
        break;
      case "PHASE_STARTED":
        if (status === "not-started") break;
        settle(event.at);
        left.set(phaseIndex, { elapsedMs: phaseElapsedMs, addedMs });
        phaseIndex = Math.min(event.phaseIndex, Math.max(0, phaseMinutes.length - 1));
        phaseElapsedMs = left.get(phaseIndex)?.elapsedMs ?? 0;
        addedMs = left.get(phaseIndex)?.addedMs ?? 0;
        break;
      case "TIME_ADDED":
        if (status === "not-started") break;
        addedMs = Math.max(-phaseBudget(phaseMinutes, phaseIndex), addedMs + event.seconds * 1000);
        break;
      case "ENDED":
        settle(event.at);
        endedAt = event.at;
        runningSince = null;
        status = "ended";
        break;
    }
  }
  if (status === "running") settle(now);

  const phaseBudgetMs = phaseBudget(phaseMinutes, phaseIndex) + addedMs;
  const phaseRemainingMs = phaseBudgetMs - phaseElapsedMs;
  return {
    status,
    phaseIndex,
    phaseElapsedMs,
    phaseBudgetMs,
    phaseRemainingMs,
    overtime: status !== "not-started" && phaseRemainingMs < 0,
    totalElapsedMs,
    sinceStartMs: sessionTimeAt({ startedAt, endedAt }, now) ?? 0,
  };
}

function phaseBudget(phaseMinutes: readonly number[], index: number): number {
  return (phaseMinutes[index] ?? 0) * 60_000;
}

/** "12:05", or "-1:30" in overtime; hours appear only when needed. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, "0");
  return hours > 0
    ? `${sign}${hours}:${String(minutes).padStart(2, "0")}:${seconds}`
    : `${sign}${minutes}:${seconds}`;
}
