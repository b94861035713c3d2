import { circleRounds, GHOST } from "./circle-method";
import { maximumMatching } from "./max-matching";

/** Two members who met in an earlier round (either way round), how often, and when last. */
export interface PastMeeting {
  a: string;
  b: string;
  times: number;
  /** The round number of their latest meeting. */
  lastRound: number;
}

/** How often a member sat a round out, and when last. */
export interface PastBye {
  memberId: string;
  times: number;
  lastRound: number;
}

export interface RoundRequest {
  /** Every member, in a stable order (when they joined): the circle method seats them in it. */
  roster: readonly string[];
  /** Members who said they cannot take part in this round. */
  unavailable: readonly string[];
  meetings: readonly PastMeeting[];
  byes: readonly PastBye[];
  /** This round's number; rounds are numbered upwards from 1. */
  roundNumber: number;
}

/** Two members who meet this round: each interviews the other once. */
export interface RoundPair {
  /** Interviews in the first slot, is the candidate in the second. */
  first: string;
  second: string;
}

export interface PlannedRound {
  pairs: RoundPair[];
  /** The available member who sits this round out (odd count), or null. */
  bye: string | null;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Plans one round of a rotation. Every available member meets one other and they take
 * both roles (so everyone interviews once and is interviewed once); with an odd count,
 * the member with the fewest byes so far sits out. Pairs are chosen so that as many as
 * possible are pairs that met least often (none until every pair has met, with the full
 * roster available): a maximum matching over those pairs, grown from the circle method's
 * round that already holds the most of them, so a fixed roster walks the circle method's
 * schedule exactly. The rest are paired with whoever they met least, longest ago.
 */
export function planRound(request: RoundRequest): PlannedRound {
  const away = new Set(request.unavailable);
  const available = request.roster.filter((id) => !away.has(id));
  if (available.length < 2) return { pairs: [], bye: available[0] ?? null };

  const bye = available.length % 2 === 1 ? fewestByes(available, request.byes) : null;
  const pool = available.filter((id) => id !== bye);
  const meetings = new Map(request.meetings.map((meeting) => [pairKey(meeting.a, meeting.b), meeting]));
  const timesMet = (a: string, b: string) => meetings.get(pairKey(a, b))?.times ?? 0;
  const lastMet = (a: string, b: string) => meetings.get(pairKey(a, b))?.lastRound ?? 0;

  const pairs: [string, string][] = [];
  let unpaired = pool;
  // Level by level (the least-met pairs first), a maximum matching of those still unpaired.
  while (unpaired.length > 0) {
    let fewest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < unpaired.length; i++) {
      for (let j = i + 1; j < unpaired.length; j++) {
        fewest = Math.min(fewest, timesMet(unpaired[i] as string, unpaired[j] as string));
      }
    }
    const level = (a: string, b: string) => timesMet(a, b) <= fewest;
    const seed = seedFromCircle(request.roster, unpaired, level, lastMet);
    const matched = matchWithin(unpaired, level, seed);
    pairs.push(...matched);
    const taken = new Set(matched.flat());
    unpaired = unpaired.filter((id) => !taken.has(id));
  }
  const firstInterviews = (a: string, b: string) =>
    request.roster.indexOf(a) < request.roster.indexOf(b) === (request.roundNumber % 2 === 1);
  return {
    pairs: pairs.map(([a, b]) => (firstInterviews(a, b) ? { first: a, second: b } : { first: b, second: a })),
    bye,
  };
}

/** Fewest byes first; then the one whose last bye was longest ago; then roster order. */
function fewestByes(available: readonly string[], byes: readonly PastBye[]): string {
  const record = new Map(byes.map((bye) => [bye.memberId, bye]));
  return [...available].sort((x, y) => {
    const a = record.get(x);
    const b = record.get(y);
    return (a?.times ?? 0) - (b?.times ?? 0) || (a?.lastRound ?? 0) - (b?.lastRound ?? 0);
  })[0] as string;
}

/**
 * The circle-method round (over the whole roster) that holds the most allowed pairs among
 * `members`, ties going to the round whose pairs met longest ago, then the earliest round.
 */
function seedFromCircle(
  roster: readonly string[],
  members: readonly string[],
  allowed: (a: string, b: string) => boolean,
  lastMet: (a: string, b: string) => number,
): [string, string][] {
  const present = new Set(members);
  let best: { pairs: [string, string][]; recency: number } | null = null;
  for (const round of circleRounds(roster.length)) {
    const pairs: [string, string][] = [];
    let recency = 0;
    for (const [i, j] of round) {
      if (i === GHOST || j === GHOST) continue;
      const a = roster[i] as string;
      const b = roster[j] as string;
      if (!present.has(a) || !present.has(b) || !allowed(a, b)) continue;
      pairs.push([a, b]);
      recency += lastMet(a, b);
    }
    if (
      !best ||
      pairs.length > best.pairs.length ||
      (pairs.length === best.pairs.length && recency < best.recency)
    ) {
      best = { pairs, recency };
    }
  }
  return best?.pairs ?? [];
}

/** A maximum matching of `members` over the allowed pairs, starting from `seed`. */
function matchWithin(
  members: readonly string[],
  allowed: (a: string, b: string) => boolean,
  seed: readonly [string, string][],
): [string, string][] {
  const index = new Map(members.map((id, i) => [id, i]));
  const adjacency = members.map((a) => {
    const neighbours: number[] = [];
    members.forEach((b, j) => {
      if (a !== b && allowed(a, b)) neighbours.push(j);
    });
    return neighbours;
  });
  const initial = new Array<number>(members.length).fill(-1);
  for (const [a, b] of seed) {
    const i = index.get(a) as number;
    const j = index.get(b) as number;
    initial[i] = j;
    initial[j] = i;
  }
  const mate = maximumMatching(adjacency, initial);
  const pairs: [string, string][] = [];
  mate.forEach((j, i) => {
    if (j > i) pairs.push([members[i] as string, members[j] as string]);
  });
  return pairs;
}
