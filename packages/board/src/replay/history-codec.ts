import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { HistoryUpdate } from "./rebuild";

// A chunk of board history on the wire: binary, so an update's bytes travel as they are
// stored (JSON would base64 them). Seqs and times are delta-encoded varints.
const FORMAT_VERSION = 1;

export function encodeHistoryChunk(updates: readonly HistoryUpdate[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, FORMAT_VERSION);
  encoding.writeVarUint(encoder, updates.length);
  let seq = 0;
  let atMs = 0;
  for (const update of updates) {
    encoding.writeVarUint(encoder, update.seq - seq);
    encoding.writeVarInt(encoder, update.atMs - atMs);
    encoding.writeVarUint8Array(encoder, update.bytes);
    seq = update.seq;
    atMs = update.atMs;
  }
  return encoding.toUint8Array(encoder);
}

export function decodeHistoryChunk(bytes: Uint8Array): HistoryUpdate[] {
  const decoder = decoding.createDecoder(bytes);
  const version = decoding.readVarUint(decoder);
  if (version !== FORMAT_VERSION) throw new Error(`unknown history chunk format ${version}`);
  const count = decoding.readVarUint(decoder);
  const updates: HistoryUpdate[] = [];
  let seq = 0;
  let atMs = 0;
  for (let i = 0; i < count; i++) {
    seq += decoding.readVarUint(decoder);
    atMs += decoding.readVarInt(decoder);
    updates.push({ seq, atMs, bytes: decoding.readVarUint8Array(decoder) });
  }
  return updates;
}

/** The format version, for cache validators: a new format must never match an old ETag. */
export const HISTORY_FORMAT_VERSION = FORMAT_VERSION;
