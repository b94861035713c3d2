/** The stand-in partner of the odd one out when the roster has an odd size: meeting it is a bye. */
export const GHOST = -1;

/**
 * The circle method (Berger tables): for `size` people, `size - 1` rounds (`size` rounds
 * with a ghost when odd) in which every two people meet exactly once. Position 0 stays put
 * and the others turn around it one step per round. Returns, per round, pairs of roster
 * indexes; a pair with GHOST is that round's bye.
 */
export function circleRounds(size: number): [number, number][][] {
  if (size < 2) return [];
  const seats = size % 2 === 0 ? size : size + 1;
  const ring = Array.from({ length: seats - 1 }, (_, index) => index + 1);
  const indexOf = (seat: number) => (seat >= size ? GHOST : seat);
  const rounds: [number, number][][] = [];
  for (let round = 0; round < seats - 1; round++) {
    const turned = [...ring.slice(round), ...ring.slice(0, round)];
    const order = [0, ...turned];
    const pairs: [number, number][] = [];
    for (let i = 0; i < seats / 2; i++) {
      pairs.push([indexOf(order[i] as number), indexOf(order[seats - 1 - i] as number)]);
    }
    rounds.push(pairs);
  }
  return rounds;
}
