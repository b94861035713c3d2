// Awareness is relayed JSON, so the server decodes and checks it before anything is
// applied. Only the fields Mockboard uses are accepted, and whatever `user` a client
// claims is replaced with the identity its board token proves.
import { AwarenessState, CloseCode, type PresenceUser } from "@mockboard/protocol";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { ProtocolError } from "./messages";

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** JSON null removes the client's state. */
  state: Record<string, unknown> | null;
}

/** At most this many client states in one update (a stock client relays everyone it knows). */
const MAX_ENTRIES = 64;

function malformed(reason: string): ProtocolError {
  return new ProtocolError(CloseCode.Malformed, reason);
}

/** Decodes a y-protocols awareness update strictly. Throws ProtocolError. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const entries: AwarenessEntry[] = [];
  try {
    const count = decoding.readVarUint(decoder);
    if (count > MAX_ENTRIES) throw malformed("too many awareness states in one update");
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json: unknown = JSON.parse(decoding.readVarString(decoder));
      if (json === null) {
        entries.push({ clientId, clock, state: null });
        continue;
      }
      const parsed = AwarenessState.safeParse(json);
      if (!parsed.success) throw malformed("awareness state has fields the board does not use");
      entries.push({ clientId, clock, state: parsed.data });
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw malformed("awareness update does not decode");
  }
  if (decoding.hasContent(decoder)) throw malformed("trailing bytes after awareness update");
  return entries;
}

/** Encodes entries as an awareness update, every present state's `user` set to `user`. */
export function encodeStampedAwareness(entries: readonly AwarenessEntry[], user: PresenceUser): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state === null ? null : { ...state, user }));
  }
  return encoding.toUint8Array(encoder);
}
