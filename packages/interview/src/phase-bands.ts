import type { TimerEvent } from "./timer-event";

export interface PhaseBand {
  phaseIndex: number;
  title: string;
  /** The phase's planned length. */
  plannedMs: number;
  /** Session time (ms since the start) the phase began and ended. */
  fromMs: number;
  toMs: number;
}

/**
 * The phases as they happened, on the session clock: each runs from its start (the session
 * start for the first, then each "next phase") to the next one or the end. Derived from the
 * same events as the timer, so the replay's bands and the room's clock agree.
 */
export function phaseBands(
  phases: readonly { title: string; minutes: number }[],
  events: readonly TimerEvent[],
): PhaseBand[] {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const started = sorted.find((event) => event.kind === "STARTED");
  if (!started || phases.length === 0) return [];
  const bands: PhaseBand[] = [];
  const open = (phaseIndex: number, at: number) => {
    const index = Math.min(Math.max(0, phaseIndex), phases.length - 1);
    const phase = phases[index] as { title: string; minutes: number };
    bands.push({
      phaseIndex: index,
      title: phase.title,
      plannedMs: phase.minutes * 60_000,
      fromMs: at,
      toMs: at,
    });
  };
  open(0, 0);
  for (const event of sorted) {
    const at = event.at - started.at;
    if (event.kind === "PHASE_STARTED" && event.at >= started.at) {
      (bands.at(-1) as PhaseBand).toMs = at;
      open(event.phaseIndex, at);
    } else if (event.kind === "ENDED") {
      (bands.at(-1) as PhaseBand).toMs = at;
      break;
    }
  }
  return bands.filter((band, i) => band.toMs > band.fromMs || i === bands.length - 1);
}
