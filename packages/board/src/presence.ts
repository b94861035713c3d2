import { PresenceUser } from "@mockboard/protocol";
import { atom, react } from "@tldraw/state";
import {
  createPresenceStateDerivation,
  createUserId,
  InstancePresenceRecordType,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from "@tldraw/tlschema";
import type { Awareness } from "y-protocols/awareness";

/** This person on the board; the collab server stamps it onto their presence from the board token. */
export type BoardUser = PresenceUser;

export interface Peer extends BoardUser {
  clientId: number;
  /** tldraw's id for this person, for editor.startFollowingUser. */
  tldrawUserId: TLUser["id"];
}

interface AwarenessState {
  user?: unknown;
  presence?: TLInstancePresence | null;
}

/**
 * Publishes this person's cursor, selection and viewport through Yjs awareness and
 * mirrors everyone else's into tldraw presence records, which tldraw draws as
 * collaborator cursors and uses to follow someone's viewport.
 */
export function bindPresence(
  store: TLStore,
  awareness: Awareness,
  me: BoardUser,
  onPeers: (peers: Peer[]) => void,
) {
  const user: TLUser = {
    id: createUserId(me.id),
    typeName: "user",
    name: me.name,
    color: me.color,
    imageUrl: "",
    meta: {},
  };
  const presence = createPresenceStateDerivation(atom("board-user", user))(store);
  awareness.setLocalStateField("user", me);
  const stopPublishing = react("publish presence", () => {
    awareness.setLocalStateField("presence", presence.get());
  });

  const presenceIds = new Map<number, TLInstancePresence["id"]>();
  const onChange = () => {
    const peers: Peer[] = [];
    const seen = new Set<number>();
    const puts: TLInstancePresence[] = [];
    for (const [clientId, raw] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const state = raw as AwarenessState;
      const parsed = PresenceUser.safeParse(state.user);
      if (!parsed.success) continue;
      const peerUser = parsed.data;
      seen.add(clientId);
      const tldrawUserId = createUserId(peerUser.id);
      peers.push({ ...peerUser, clientId, tldrawUserId });
      if (!state.presence) continue;
      const id = InstancePresenceRecordType.createId(String(clientId));
      presenceIds.set(clientId, id);
      puts.push({
        ...state.presence,
        id,
        userId: tldrawUserId,
        userName: peerUser.name,
        color: peerUser.color,
      });
    }
    const gone = [...presenceIds].filter(([clientId]) => !seen.has(clientId));
    store.mergeRemoteChanges(() => {
      for (const record of puts) {
        try {
          store.put([record]);
        } catch {
          // A peer on another tldraw version sent a presence shape we cannot validate.
        }
      }
      const removals = gone.map(([, id]) => id).filter((id) => store.has(id));
      if (removals.length) store.remove(removals);
    });
    for (const [clientId] of gone) presenceIds.delete(clientId);
    onPeers(peers);
  };
  awareness.on("change", onChange);
  onChange();

  return () => {
    stopPublishing();
    awareness.off("change", onChange);
    awareness.setLocalState(null);
  };
}
