import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { circleRounds, GHOST } from "./circle-method";
import { maximumMatching } from "./max-matching";

/** The size of a maximum matching by trying everything: the oracle for small graphs. */
function bruteForceMatchingSize(n: number, edges: Set<string>, taken = new Set<number>()): number {
  const free = Array.from({ length: n }, (_, v) => v).find((v) => !taken.has(v));
  if (free === undefined) return 0;
  taken.add(free);
  let best = bruteForceMatchingSize(n, edges, taken); // free stays unmatched
  for (let other = 0; other < n; other++) {
    if (taken.has(other) || !edges.has(`${Math.min(free, other)}-${Math.max(free, other)}`)) continue;
    taken.add(other);
    best = Math.max(best, 1 + bruteForceMatchingSize(n, edges, taken));
    taken.delete(other);
  }
  taken.delete(free);
  return best;
}

const graph = fc.integer({ min: 1, max: 11 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.uniqueArray(
      fc.tuple(fc.nat(n - 1), fc.nat(n - 1)).filter(([a, b]) => a !== b),
      { maxLength: (n * (n - 1)) / 2, selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}` },
    ),
  }),
);

describe("maximum matching (Edmonds' blossom algorithm)", () => {
  it("finds a matching as large as trying every one, using only the graph's edges", () => {
    fc.assert(
      fc.property(graph, ({ n, edges }) => {
        const keys = new Set(edges.map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`));
        const adjacency = Array.from({ length: n }, () => [] as number[]);
        for (const [a, b] of edges) {
          adjacency[a]?.push(b);
          adjacency[b]?.push(a);
        }
        const mate = maximumMatching(adjacency);
        let size = 0;
        mate.forEach((partner, v) => {
          if (partner === -1) return;
          expect(mate[partner]).toBe(v);
          expect(keys.has(`${Math.min(v, partner)}-${Math.max(v, partner)}`)).toBe(true);
          if (partner > v) size++;
        });
        expect(size).toBe(bruteForceMatchingSize(n, keys));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a matching that is already perfect", () => {
    const adjacency = [
      [1, 2, 3],
      [0, 2, 3],
      [0, 1, 3],
      [0, 1, 2],
    ];
    expect(maximumMatching(adjacency, [3, 2, 1, 0])).toEqual([3, 2, 1, 0]);
  });

  it("pairs everyone in a graph where the search must shrink an odd cycle (a search for bipartite graphs stops short)", () => {
    const edges = [
      [0, 2],
      [0, 3],
      [0, 5],
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 3],
    ] as const;
    const adjacency = Array.from({ length: 6 }, () => [] as number[]);
    for (const [a, b] of edges) {
      adjacency[a]?.push(b);
      adjacency[b]?.push(a);
    }
    expect(maximumMatching(adjacency)).toEqual([5, 4, 3, 2, 1, 0]);
  });
});

describe("the circle method", () => {
  it("has every two people meet exactly once, everyone once a round (a ghost for odd sizes)", () => {
    for (let size = 2; size <= 40; size++) {
      const rounds = circleRounds(size);
      expect(rounds).toHaveLength(size % 2 === 0 ? size - 1 : size);
      const met = new Map<string, number>();
      for (const round of rounds) {
        const seen = round.flat();
        expect(new Set(seen).size).toBe(seen.length);
        for (const [a, b] of round) {
          if (a === GHOST || b === GHOST) continue;
          const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
          met.set(key, (met.get(key) ?? 0) + 1);
        }
      }
      expect(met.size).toBe((size * (size - 1)) / 2);
      expect([...met.values()].every((times) => times === 1)).toBe(true);
    }
  });
});
