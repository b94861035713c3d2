/** Someone on the board, as far as noticing who drops needs to know them. */
export interface SeenPeer {
  id: string;
  name: string;
  color: string;
}

/** Someone who was on the board and is not any more, with the session time they dropped (null before the start). */
export interface DroppedPeer extends SeenPeer {
  sinceMs: number | null;
}

/**
 * Who has dropped off the board after a change of who is on it: those seen before and gone
 * now join the list (stamped `sinceMs`), those back now leave it. People are their user id:
 * a second tab of the same person is the same person.
 */
export function droppedAfter(
  before: readonly SeenPeer[],
  now: readonly SeenPeer[],
  dropped: readonly DroppedPeer[],
  sinceMs: number | null,
): DroppedPeer[] {
  const present = new Set(now.map((peer) => peer.id));
  const still = dropped.filter((peer) => !present.has(peer.id));
  const listed = new Set(still.map((peer) => peer.id));
  for (const peer of before)
    if (!present.has(peer.id) && !listed.has(peer.id)) {
      still.push({ id: peer.id, name: peer.name, color: peer.color, sinceMs });
      listed.add(peer.id);
    }
  return still;
}
