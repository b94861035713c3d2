import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PastBye, type PastMeeting, type PlannedRound, planRound } from "./pair-round";

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** A cohort's history as rounds are published: who met whom, who sat out. */
class History {
  meetings = new Map<string, PastMeeting>();
  byes = new Map<string, PastBye>();
  rounds = 0;

  record(round: PlannedRound) {
    this.rounds++;
    for (const { first, second } of round.pairs) {
      const past = this.meetings.get(key(first, second));
      this.meetings.set(key(first, second), {
        a: first,
        b: second,
        times: (past?.times ?? 0) + 1,
        lastRound: this.rounds,
      });
    }
    if (round.bye) {
      this.byes.set(round.bye, {
        memberId: round.bye,
        times: (this.byes.get(round.bye)?.times ?? 0) + 1,
        lastRound: this.rounds,
      });
    }
  }

  timesMet(a: string, b: string) {
    return this.meetings.get(key(a, b))?.times ?? 0;
  }

  plan(roster: string[], unavailable: string[] = []) {
    return planRound({
      roster,
      unavailable,
      meetings: [...this.meetings.values()],
      byes: [...this.byes.values()],
      roundNumber: this.rounds + 1,
    });
  }
}

const rosterOf = (size: number) =>
  Array.from({ length: size }, (_, i) => `member-${String(i).padStart(2, "0")}`);

/** Each available member takes both roles once, nobody meets themselves, at most one bye. */
function expectWellFormed(round: PlannedRound, available: string[]) {
  const interviews = round.pairs.map((pair) => pair.first).concat(round.pairs.map((pair) => pair.second));
  const candidates = round.pairs.map((pair) => pair.second).concat(round.pairs.map((pair) => pair.first));
  for (const pair of round.pairs) expect(pair.first).not.toBe(pair.second);
  expect(interviews.sort()).toEqual(candidates.sort());
  const seated = [
    ...round.pairs.flatMap((pair) => [pair.first, pair.second]),
    ...(round.bye ? [round.bye] : []),
  ];
  expect(seated.sort()).toEqual([...available].sort());
  expect(round.bye === null).toBe(available.length % 2 === 0 || available.length === 0);
}

/** The most pairs of least-met members any pairing of `pool` could have (tries them all). */
function bestPossible(pool: string[], history: History): number {
  let fewest = Number.POSITIVE_INFINITY;
  for (const a of pool) for (const b of pool) if (a < b) fewest = Math.min(fewest, history.timesMet(a, b));
  const search = (rest: string[]): number => {
    if (rest.length === 0) return 0;
    const [head, ...tail] = rest as [string, ...string[]];
    let best = 0;
    tail.forEach((other, i) => {
      const gain = history.timesMet(head, other) === fewest ? 1 : 0;
      best = Math.max(best, gain + search(tail.filter((_, j) => j !== i)));
    });
    return best;
  };
  return search(pool);
}

describe("a rotation round", () => {
  it("with everyone available, repeats no pair until every pair has met, and then each exactly once (sizes 2-40)", () => {
    for (let size = 2; size <= 40; size++) {
      const roster = rosterOf(size);
      const history = new History();
      const cycle = size % 2 === 0 ? size - 1 : size;
      for (let round = 0; round < cycle; round++) {
        const planned = history.plan(roster);
        expectWellFormed(planned, roster);
        for (const { first, second } of planned.pairs) expect(history.timesMet(first, second)).toBe(0);
        history.record(planned);
      }
      expect(history.meetings.size).toBe((size * (size - 1)) / 2);
      // Odd sizes: everyone sat out exactly once per cycle; even sizes: nobody.
      expect([...history.byes.values()].map((bye) => bye.times)).toEqual(
        size % 2 === 1 ? roster.map(() => 1) : [],
      );
      // The next cycle starts again and repeats nobody twice before all met twice.
      for (let round = 0; round < cycle; round++) {
        const planned = history.plan(roster);
        for (const { first, second } of planned.pairs) expect(history.timesMet(first, second)).toBe(1);
        history.record(planned);
      }
    }
  }, 30_000);

  it("with members away at random, pairs everyone available in both roles and spreads byes fairly (sizes 2-40)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.array(fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), { minLength: 1, maxLength: 12 }),
        (size, awayByRound) => {
          const roster = rosterOf(size);
          const history = new History();
          for (const away of awayByRound) {
            const unavailable = roster.filter((_, i) => away[i] && i % 3 !== 0);
            const available = roster.filter((id) => !unavailable.includes(id));
            const planned = history.plan(roster, unavailable);
            expectWellFormed(planned, available);
            if (planned.bye && available.length > 1) {
              const byes = (id: string) => history.byes.get(id)?.times ?? 0;
              expect(byes(planned.bye)).toBe(Math.min(...available.map(byes)));
            }
            history.record(planned);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it("repeats a pair only when no pairing of the members available could avoid it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 11 }),
        fc.array(fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }), { minLength: 1, maxLength: 10 }),
        (size, awayByRound) => {
          const roster = rosterOf(size);
          const history = new History();
          for (const away of awayByRound) {
            const unavailable = roster.filter((_, i) => away[i]);
            const planned = history.plan(roster, unavailable);
            const pool = planned.pairs.flatMap((pair) => [pair.first, pair.second]);
            if (pool.length > 0) {
              let fewest = Number.POSITIVE_INFINITY;
              for (const a of pool)
                for (const b of pool) if (a < b) fewest = Math.min(fewest, history.timesMet(a, b));
              const leastMet = planned.pairs.filter(
                ({ first, second }) => history.timesMet(first, second) === fewest,
              ).length;
              expect(leastMet).toBe(bestPossible(pool, history));
            }
            history.record(planned);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it("gives the lone available member a bye and plans nothing for an empty round", () => {
    expect(
      planRound({ roster: ["a", "b"], unavailable: ["b"], meetings: [], byes: [], roundNumber: 1 }),
    ).toEqual({
      pairs: [],
      bye: "a",
    });
    expect(
      planRound({ roster: ["a", "b"], unavailable: ["a", "b"], meetings: [], byes: [], roundNumber: 1 }),
    ).toEqual({ pairs: [], bye: null });
  });

  it("alternates who interviews first from one round to the next", () => {
    const roster = ["a", "b"];
    const odd = planRound({ roster, unavailable: [], meetings: [], byes: [], roundNumber: 1 });
    const even = planRound({ roster, unavailable: [], meetings: [], byes: [], roundNumber: 2 });
    expect(odd.pairs[0]?.first).not.toBe(even.pairs[0]?.first);
  });
});
