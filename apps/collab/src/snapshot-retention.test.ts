import { describe, expect, it } from "vitest";
import { snapshotsToDelete } from "./snapshot-retention";

const snapshot = (seq: number, bytes: number, logBytesUpTo: number) => ({ seq, bytes, logBytesUpTo });

describe("snapshot retention", () => {
  it("keeps the newest whatever it costs", () => {
    expect(snapshotsToDelete([snapshot(5, 1_000_000, 10)])).toEqual([]);
    expect(snapshotsToDelete([])).toEqual([]);
  });

  it("keeps an older snapshot only where the log since the last kept one outweighs it", () => {
    // A small board edited a lot: every snapshot stands for more log than it takes.
    expect(
      snapshotsToDelete([
        snapshot(200, 1_000, 60_000),
        snapshot(400, 1_100, 120_000),
        snapshot(600, 1_200, 180_000),
      ]),
    ).toEqual([]);
    // A large board touched up one character at a time: one copy of it is enough.
    expect(
      snapshotsToDelete([
        snapshot(4, 240_000, 240_000),
        snapshot(5, 240_001, 240_030),
        snapshot(6, 240_002, 240_060),
        snapshot(7, 240_003, 240_090),
      ]),
    ).toEqual([5, 6]);
  });

  it("measures each keyframe against the log since the previous kept one, not the previous snapshot", () => {
    expect(
      snapshotsToDelete([
        snapshot(10, 500, 1_000),
        snapshot(20, 800, 1_400),
        snapshot(30, 800, 1_900),
        snapshot(40, 900, 5_000),
      ]),
    ).toEqual([20]);
  });

  it("keeps a keyframe however small the log since the last one, where dropping it would leave more than the spacing", () => {
    // A large board touched up by a character per update, snapshotted every 200 updates:
    // every other one is kept, 400 updates apart.
    const touchedUp = Array.from({ length: 8 }, (_, n) =>
      snapshot((n + 1) * 200, 1_000_000, (n + 1) * 200 * 30),
    );
    expect(snapshotsToDelete(touchedUp, 500).sort((a, b) => a - b)).toEqual([200, 600, 1000, 1400]);
  });

  it("never leaves more than the spacing between kept snapshots, nor more keyframe bytes than the log where the spacing allows", () => {
    for (let trial = 0; trial < 200; trial++) {
      let log = 0;
      let seq = 0;
      const snapshots = Array.from({ length: 1 + (trial % 12) }, () => {
        log += Math.floor(Math.random() * 5_000);
        seq += 1 + Math.floor(Math.random() * 100);
        return snapshot(seq, 1 + Math.floor(Math.random() * 6_000), log);
      });
      const doomed = new Set(snapshotsToDelete(snapshots, 150));
      const kept = snapshots.filter((each) => !doomed.has(each.seq));
      expect(kept.at(-1)).toBe(snapshots.at(-1));
      let previous = 0;
      for (const each of kept) {
        const gapBefore = snapshots.filter((other) => other.seq > previous && other.seq <= each.seq);
        const naturalGap = Math.max(
          ...gapBefore.map((other, n) => other.seq - (gapBefore[n - 1]?.seq ?? previous)),
        );
        expect(each.seq - previous).toBeLessThanOrEqual(Math.max(150, naturalGap));
        previous = each.seq;
      }
    }
  });

  it("never keeps more snapshot bytes before the newest than the log holds when the spacing never binds", () => {
    for (let trial = 0; trial < 200; trial++) {
      let log = 0;
      const snapshots = Array.from({ length: 1 + (trial % 12) }, (_, n) => {
        log += Math.floor(Math.random() * 5_000);
        return snapshot((n + 1) * 10, 1 + Math.floor(Math.random() * 6_000), log);
      });
      const doomed = new Set(snapshotsToDelete(snapshots, 10_000));
      const older = snapshots.slice(0, -1).filter((kept) => !doomed.has(kept.seq));
      expect(older.reduce((sum, kept) => sum + kept.bytes, 0)).toBeLessThanOrEqual(log);
      expect(doomed.has(snapshots.at(-1)?.seq ?? -1)).toBe(false);
    }
  });
});
