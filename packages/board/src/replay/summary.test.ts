import { describe, expect, it } from "vitest";
import { HISTORY_CHUNK_UPDATES } from "./chunks";
import { summarizeHistory } from "./summary";

describe("the history summary", () => {
  const index = Array.from({ length: 600 }, (_, i) => ({
    seq: i + 1,
    // Two people: a burst in the first minute, then nothing until 3:00, then a few more.
    atMs: i < 500 ? i * 100 : 180_000 + i * 10,
    userId: i % 2 ? "ann" : "bo",
  }));

  it("gives each chunk of the grid its time range", () => {
    const summary = summarizeHistory(index, { durationMs: 240_000 });
    expect(summary.lastSeq).toBe(600);
    expect(summary.chunks.map(({ from, to }) => [from, to])).toEqual([
      [1, HISTORY_CHUNK_UPDATES],
      [HISTORY_CHUNK_UPDATES + 1, 2 * HISTORY_CHUNK_UPDATES],
      [2 * HISTORY_CHUNK_UPDATES + 1, 600],
    ]);
    expect(summary.chunks[0]).toMatchObject({ fromMs: 0, toMs: (HISTORY_CHUNK_UPDATES - 1) * 100 });
  });

  it("counts each person's updates over time and finds the idle stretches", () => {
    const summary = summarizeHistory(index, { durationMs: 240_000, buckets: 24 });
    expect(summary.lanes.map((lane) => lane.userId).sort()).toEqual(["ann", "bo"]);
    expect(summary.lanes.reduce((sum, lane) => sum + lane.counts.reduce((a, b) => a + b, 0), 0)).toBe(600);
    expect(summary.idleGaps).toEqual([
      { fromMs: 49_900, toMs: 185_000 },
      { fromMs: 185_990, toMs: 240_000 },
    ]);
  });

  it("stretches the session to an update stamped after its end", () => {
    expect(summarizeHistory([{ seq: 1, atMs: 5_000, userId: null }], { durationMs: 1_000 }).durationMs).toBe(
      5_000,
    );
  });
});
