/**
 * Edmonds' blossom algorithm: a maximum-cardinality matching in a general graph, grown
 * from `initial` (whose pairs stay wherever no augmenting path runs through them), in
 * O(V^3). No maintained npm package does this; it is the textbook algorithm: search from
 * each free vertex for an augmenting path, shrinking odd cycles (blossoms) into their
 * base. `adjacency[v]` lists v's neighbours; returns mate[v], the partner's index or -1.
 */
export function maximumMatching(
  adjacency: readonly (readonly number[])[],
  initial?: readonly number[],
): number[] {
  const n = adjacency.length;
  const mate = initial ? [...initial] : new Array<number>(n).fill(-1);
  const parent = new Array<number>(n);
  const base = new Array<number>(n);
  const at = (list: readonly number[], index: number) => list[index] as number;

  function lowestCommonAncestor(root: number, a: number, b: number): number {
    const seen = new Array<boolean>(n).fill(false);
    for (let x = a; ; x = at(parent, at(mate, x))) {
      x = at(base, x);
      seen[x] = true;
      if (x === root || at(mate, x) === -1) break;
    }
    for (let y = b; ; y = at(parent, at(mate, y))) {
      y = at(base, y);
      if (seen[y]) return y;
    }
  }

  function markPath(inBlossom: boolean[], from: number, blossomBase: number, child: number) {
    for (let v = from, next = child; at(base, v) !== blossomBase; ) {
      inBlossom[at(base, v)] = true;
      inBlossom[at(base, at(mate, v))] = true;
      parent[v] = next;
      next = at(mate, v);
      v = at(parent, at(mate, v));
    }
  }

  /** The free vertex that ends an augmenting path from `root`, or -1 when there is none. */
  function findAugmentingPath(root: number): number {
    const used = new Array<boolean>(n).fill(false);
    parent.fill(-1);
    for (let v = 0; v < n; v++) base[v] = v;
    used[root] = true;
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const v = at(queue, head);
      for (const to of adjacency[v] ?? []) {
        if (at(base, v) === at(base, to) || at(mate, v) === to) continue;
        if (to === root || (at(mate, to) !== -1 && at(parent, at(mate, to)) !== -1)) {
          const blossomBase = lowestCommonAncestor(root, v, to);
          const inBlossom = new Array<boolean>(n).fill(false);
          markPath(inBlossom, v, blossomBase, to);
          markPath(inBlossom, to, blossomBase, v);
          for (let i = 0; i < n; i++) {
            if (!inBlossom[at(base, i)]) continue;
            base[i] = blossomBase;
            if (!used[i]) {
              used[i] = true;
              queue.push(i);
            }
          }
        } else if (at(parent, to) === -1) {
          parent[to] = v;
          if (at(mate, to) === -1) return to;
          used[at(mate, to)] = true;
          queue.push(at(mate, to));
        }
      }
    }
    return -1;
  }

  for (let root = 0; root < n; root++) {
    if (at(mate, root) !== -1) continue;
    // Flip the path found: every other edge along it joins the matching.
    for (let v = findAugmentingPath(root); v !== -1; ) {
      const previous = at(parent, v);
      const next = at(mate, previous);
      mate[v] = previous;
      mate[previous] = v;
      v = next;
    }
  }
  return mate;
}
