import { describe, expect, it } from "vitest";
import { formatClock, timerStateAt } from "./timer";
import type { TimerEvent } from "./timer-event";

const plan = [5, 10, 5];
const min = 60_000;
const t0 = 1_700_000_000_000;

describe("phase timer", () => {
  it("has not started before the interviewer starts the session", () => {
    const state = timerStateAt(plan, [], t0);
    expect(state.status).toBe("not-started");
    expect(state.phaseRemainingMs).toBe(5 * min);
    expect(state.overtime).toBe(false);
  });

  it("counts down the first phase from the start event", () => {
    const state = timerStateAt(plan, [{ kind: "STARTED", at: t0 }], t0 + 2 * min);
    expect(state).toMatchObject({ status: "running", phaseIndex: 0, phaseRemainingMs: 3 * min });
  });

  it("does not count time while paused", () => {
    const events: TimerEvent[] = [
      { kind: "STARTED", at: t0 },
      { kind: "TIMER_PAUSED", at: t0 + min },
      { kind: "TIMER_RESUMED", at: t0 + 4 * min },
    ];
    const state = timerStateAt(plan, events, t0 + 5 * min);
    expect(state.phaseElapsedMs).toBe(2 * min);
    expect(state.totalElapsedMs).toBe(2 * min);
    expect(state.sinceStartMs).toBe(5 * min);
  });

  it("freezes while paused, so two tabs read the same time", () => {
    const events: TimerEvent[] = [
      { kind: "STARTED", at: t0 },
      { kind: "TIMER_PAUSED", at: t0 + min },
    ];
    const { sinceStartMs: _early, ...early } = timerStateAt(plan, events, t0 + 2 * min);
    const { sinceStartMs: _late, ...late } = timerStateAt(plan, events, t0 + 9 * min);
    expect(late).toEqual(early);
    expect(late.status).toBe("paused");
  });

  it("starts the next phase with its own budget", () => {
    const events: TimerEvent[] = [
      { kind: "STARTED", at: t0 },
      { kind: "PHASE_STARTED", at: t0 + 3 * min, phaseIndex: 1 },
    ];
    const state = timerStateAt(plan, events, t0 + 4 * min);
    expect(state).toMatchObject({ phaseIndex: 1, phaseElapsedMs: min, phaseRemainingMs: 9 * min });
    expect(state.totalElapsedMs).toBe(4 * min);
  });

  it("going back a phase picks that phase up where it was left, its added time included", () => {
    const events: TimerEvent[] = [
      { kind: "STARTED", at: t0 },
      { kind: "TIME_ADDED", at: t0 + min, seconds: 60 },
      { kind: "PHASE_STARTED", at: t0 + 3 * min, phaseIndex: 1 },
      { kind: "PHASE_STARTED", at: t0 + 3 * min + 5_000, phaseIndex: 0 },
    ];
    const state = timerStateAt(plan, events, t0 + 4 * min + 5_000);
    expect(state).toMatchObject({ phaseIndex: 0, phaseElapsedMs: 4 * min, phaseBudgetMs: 6 * min });
    const forward = [...events, { kind: "PHASE_STARTED" as const, at: t0 + 5 * min, phaseIndex: 1 }];
    expect(timerStateAt(plan, forward, t0 + 5 * min).phaseElapsedMs).toBe(5_000);
  });

  it("shows overtime once a phase runs past its budget", () => {
    const state = timerStateAt(plan, [{ kind: "STARTED", at: t0 }], t0 + 6 * min);
    expect(state.overtime).toBe(true);
    expect(state.phaseRemainingMs).toBe(-min);
  });

  it("adds time to the current phase only", () => {
    const events: TimerEvent[] = [
      { kind: "STARTED", at: t0 },
      { kind: "TIME_ADDED", at: t0 + min, seconds: 120 },
    ];
    expect(timerStateAt(plan, events, t0 + 6 * min).phaseRemainingMs).toBe(min);
    const next = [...events, { kind: "PHASE_STARTED" as const, at: t0 + 6 * min, phaseIndex: 1 }];
    expect(timerStateAt(plan, next, t0 + 6 * min).phaseBudgetMs).toBe(10 * min);
  });

  it("stops at the end of the session", () => {
    const events: TimerEvent[] = [
      { kind: "STARTED", at: t0 },
      { kind: "ENDED", at: t0 + 3 * min },
    ];
    const state = timerStateAt(plan, events, t0 + 30 * min);
    expect(state).toMatchObject({ status: "ended", totalElapsedMs: 3 * min });
  });

  it("ignores events that cannot happen in the current state", () => {
    const events: TimerEvent[] = [
      { kind: "TIMER_RESUMED", at: t0 - min },
      { kind: "STARTED", at: t0 },
      { kind: "TIMER_RESUMED", at: t0 + min },
      { kind: "STARTED", at: t0 + 2 * min },
    ];
    expect(timerStateAt(plan, events, t0 + 3 * min)).toMatchObject({
      status: "running",
      totalElapsedMs: 3 * min,
    });
  });

  it("reads the same state whatever order the events arrive in", () => {
    const events: TimerEvent[] = [
      { kind: "STARTED", at: t0 },
      { kind: "TIMER_PAUSED", at: t0 + min },
      { kind: "TIMER_RESUMED", at: t0 + 2 * min },
      { kind: "PHASE_STARTED", at: t0 + 3 * min, phaseIndex: 1 },
    ];
    expect(timerStateAt(plan, [...events].reverse(), t0 + 4 * min)).toEqual(
      timerStateAt(plan, events, t0 + 4 * min),
    );
  });
});

describe("clock format", () => {
  it("shows minutes and seconds, hours only when needed, and a sign in overtime", () => {
    expect(formatClock(5 * min)).toBe("5:00");
    expect(formatClock(-90_000)).toBe("-1:30");
    expect(formatClock(61 * min + 5000)).toBe("1:01:05");
  });
});
