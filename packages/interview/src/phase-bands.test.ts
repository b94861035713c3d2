import { describe, expect, it } from "vitest";
import { phaseBands } from "./phase-bands";

const phases = [
  { title: "Clarify", minutes: 5 },
  { title: "Design", minutes: 20 },
  { title: "Wrap up", minutes: 5 },
];

describe("phase bands on the session clock", () => {
  it("runs each phase from its start to the next one, and the last to the end", () => {
    const bands = phaseBands(phases, [
      { kind: "STARTED", at: 1_000 },
      { kind: "TIMER_PAUSED", at: 2_000 },
      { kind: "PHASE_STARTED", at: 301_000, phaseIndex: 1 },
      { kind: "PHASE_STARTED", at: 1_501_000, phaseIndex: 2 },
      { kind: "ENDED", at: 1_801_000 },
    ]);
    expect(bands.map(({ title, fromMs, toMs, plannedMs }) => [title, fromMs, toMs, plannedMs])).toEqual([
      ["Clarify", 0, 300_000, 300_000],
      ["Design", 300_000, 1_500_000, 1_200_000],
      ["Wrap up", 1_500_000, 1_800_000, 300_000],
    ]);
  });

  it("has no bands before the session started", () => {
    expect(phaseBands(phases, [])).toEqual([]);
  });
});
