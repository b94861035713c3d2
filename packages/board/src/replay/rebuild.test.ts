import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardRecords, readStoredRecords } from "../board-doc";
import { chunksBetween, HISTORY_CHUNK_UPDATES, isChunk } from "./chunks";
import { decodeHistoryChunk, encodeHistoryChunk } from "./history-codec";
import { applyUpdates, type HistoryUpdate, type Keyframe, rebuildBoard } from "./rebuild";
import { monotonicTimes, seqAtTime } from "./time-index";

// Two clients edit tldraw-like records (put, move, delete) through their key-value views
// (whose duplicate clean-ups are updates too, as in the room); the "server" is a plain Yjs
// doc, as in apps/collab, that appends each update to a log before applying it, relays
// updates to the other client at random moments (so edits are concurrent) and snapshots
// at random points. The board rebuilt at every recorded sequence must equal the server's
// live document at that point.

const ids = ["shape:a", "shape:b", "shape:c", "shape:d", "page:page"] as const;

const step = fc.oneof(
  fc.record({
    kind: fc.constant("put" as const),
    client: fc.integer({ min: 0, max: 1 }),
    id: fc.constantFrom(...ids),
    x: fc.integer({ min: -500, max: 500 }),
    text: fc.string({ maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    client: fc.integer({ min: 0, max: 1 }),
    id: fc.constantFrom(...ids),
  }),
  fc.record({ kind: fc.constant("relay" as const), client: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant("snapshot" as const) }),
);

interface Recorded {
  log: HistoryUpdate[];
  keyframes: Keyframe[];
  /** The server's records after each seq (index = seq; 0 = before any update). */
  live: Record<string, unknown>[];
}

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function play(steps: Step[]): Recorded {
  const server = new Y.Doc();
  const clients = [new Y.Doc(), new Y.Doc()];
  const log: HistoryUpdate[] = [];
  const keyframes: Keyframe[] = [];
  const live: Record<string, unknown>[] = [{}];
  // What each client has not yet received from the server.
  const pending: Uint8Array[][] = [[], []];
  clients.forEach((doc, index) => {
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "relay") return;
      const seq = log.length + 1;
      log.push({ seq, atMs: seq * 10, bytes: update });
      Y.applyUpdate(server, update);
      live.push(readStoredRecords(server));
      pending[1 - index]?.push(update);
    });
  });
  for (const action of steps) {
    if (action.kind === "snapshot") {
      keyframes.push({ seq: log.length, state: Y.encodeStateAsUpdate(server) });
      continue;
    }
    const doc = clients[action.client] as Y.Doc;
    if (action.kind === "relay") {
      for (const update of pending[action.client]?.splice(0) ?? []) Y.applyUpdate(doc, update, "relay");
    } else if (action.kind === "put") {
      boardRecords(doc).set(action.id, {
        id: action.id,
        typeName: "shape",
        x: action.x,
        text: action.text,
      } as never);
    } else if (boardRecords(doc).has(action.id)) {
      boardRecords(doc).delete(action.id);
    }
  }
  return { log, keyframes, live };
}

describe("the replay engine", () => {
  it("rebuilds the board at every recorded sequence exactly as the live document stood", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 80 }), (steps) => {
        const { log, keyframes, live } = play(steps);
        for (let seq = 0; seq <= log.length; seq++) {
          expect(readStoredRecords(rebuildBoard(keyframes, log, seq))).toEqual(live[seq]);
          // From the start, without keyframes, the same board.
          expect(readStoredRecords(rebuildBoard([], log, seq))).toEqual(live[seq]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("playing the log one update at a time shows the same board as seeking to each sequence", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 80 }), (steps) => {
        const { log, live } = play(steps);
        const player = new Y.Doc();
        for (const update of log) {
          applyUpdates(player, log, update.seq - 1, update.seq);
          expect(readStoredRecords(player)).toEqual(live[update.seq]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("rebuilds the same board from the history's wire chunks", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const { log, keyframes, live } = play(steps);
        const last = log.length;
        const received = chunksBetween(0, last, last).flatMap((range) => {
          expect(isChunk(range, last)).toBe(true);
          return decodeHistoryChunk(
            encodeHistoryChunk(log.filter((u) => u.seq >= range.from && u.seq <= range.to)),
          );
        });
        expect(received.map((update) => update.seq)).toEqual(log.map((update) => update.seq));
        expect(readStoredRecords(rebuildBoard(keyframes, received, last))).toEqual(live[last]);
      }),
      { numRuns: 60 },
    );
  });

  it("maps a moment to the last update at or before it, monotonically", () => {
    const times = fc.array(fc.integer({ min: -5_000, max: 60_000 }), { maxLength: 60 });
    fc.assert(
      fc.property(
        times,
        fc.array(fc.integer({ min: -6_000, max: 61_000 }), { minLength: 2 }),
        (raw, moments) => {
          const sorted = [...raw].sort((a, b) => a - b).map((atMs, index) => ({ seq: index + 1, atMs }));
          for (const moment of moments) {
            const seq = seqAtTime(sorted, moment);
            const expected = sorted.filter((update) => update.atMs <= moment).at(-1)?.seq ?? 0;
            expect(seq).toBe(expected);
          }
          // Times stamped out of order (a clock stepping back) still map monotonically.
          const stamped = monotonicTimes(raw.map((atMs, index) => ({ seq: index + 1, atMs })));
          const ordered = [...moments].sort((a, b) => a - b);
          const seqs = ordered.map((moment) => seqAtTime(stamped, moment));
          for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThanOrEqual(seqs[i - 1] as number);
        },
      ),
    );
  });

  it("serves only ranges on the chunk grid", () => {
    expect(isChunk({ from: 1, to: HISTORY_CHUNK_UPDATES }, 1000)).toBe(true);
    expect(isChunk({ from: HISTORY_CHUNK_UPDATES + 1, to: 300 }, 300)).toBe(true);
    expect(isChunk({ from: 2, to: HISTORY_CHUNK_UPDATES }, 1000)).toBe(false);
    expect(isChunk({ from: 1, to: 10 }, 1000)).toBe(false);
    expect(isChunk({ from: 1001, to: 1100 }, 1000)).toBe(false);
  });
});
