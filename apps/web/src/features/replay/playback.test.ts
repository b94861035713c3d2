import type { TimelineEntry } from "@mockboard/db/types";
import { describe, expect, it } from "vitest";
import { advance, currentItem, eventMarkers, idleGaps, neighbourMarker } from "./playback";

const options = { durationMs: 600_000, skipIdle: false, gaps: [{ fromMs: 10_000, toMs: 70_000 }] };

describe("replay playback", () => {
  it("moves the playhead by the real time times the speed, and stops at the end", () => {
    expect(advance(0, 1_000, 1, options)).toBe(1_000);
    expect(advance(0, 1_000, 8, options)).toBe(8_000);
    expect(advance(599_000, 5_000, 4, options)).toBe(600_000);
  });

  it("plays an idle gap in one second when skipping idle gaps", () => {
    const skip = { ...options, skipIdle: true };
    expect(advance(9_000, 1_000, 1, skip)).toBe(10_000);
    // One second of real time crosses the whole 60-second gap.
    expect(advance(10_000, 1_000, 1, skip)).toBeCloseTo(70_000);
    expect(advance(10_000, 500, 1, skip)).toBeCloseTo(40_000);
    // From before the gap: 1 s to reach it at 1x, then the gap, then 0.5 s more.
    expect(advance(9_000, 2_500, 1, skip)).toBeCloseTo(70_500);
  });

  it("splits a board gap where an event happened, keeping the long pieces", () => {
    expect(idleGaps([{ fromMs: 0, toMs: 100_000 }], [30_000, 35_000], 20_000)).toEqual([
      { fromMs: 0, toMs: 30_000 },
      { fromMs: 35_000, toMs: 100_000 },
    ]);
  });

  it("finds the previous and next marker and the item at the playhead", () => {
    const markers = [
      { id: "a", atMs: 1_000, kind: "note" as const, label: "a" },
      { id: "b", atMs: 5_000, kind: "note" as const, label: "b" },
    ];
    expect(neighbourMarker(markers, 3_000, 1)?.id).toBe("b");
    expect(neighbourMarker(markers, 3_000, -1)?.id).toBe("a");
    expect(neighbourMarker(markers, 5_000, 1)).toBeNull();
    expect(currentItem(markers, 4_999)?.id).toBe("a");
    expect(currentItem(markers, 500)).toBeNull();
  });

  it("marks code runs and language changes as code, with the run's result as the label", () => {
    const entry = (
      id: string,
      kind: TimelineEntry["kind"],
      offsetMs: number,
      text: string,
    ): TimelineEntry => ({
      id,
      at: new Date(offsetMs).toISOString(),
      offsetMs,
      kind,
      actor: null,
      text,
    });
    const markers = eventMarkers(
      [
        entry("run", "CODE_RUN", 4_000, "Sam ran the tests (Python): finished in 0.3 s, 1/2 tests passed"),
        entry("language", "CODE_LANGUAGE_CHANGED", 6_000, "Sam switched the code to JavaScript"),
        entry("joined", "JOINED", 1_000, "Sam joined as the candidate"),
      ],
      10_000,
    );
    expect(markers.map((marker) => [marker.id, marker.kind])).toEqual([
      ["event-run", "code"],
      ["event-language", "code"],
      ["event-joined", "presence"],
    ]);
    expect(markers[0]?.label).toContain("1/2 tests passed");
  });
});
