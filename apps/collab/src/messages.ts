// The y-websocket wire format (y-protocols sync + awareness), decoded strictly: anything
// a stock client would not send is a ProtocolError, so the connection can be closed
// with a precise code instead of feeding garbage to Yjs or the log.
import { CloseCode } from "@mockboard/protocol";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

export const MessageType = { Sync: 0, Awareness: 1, Auth: 2, QueryAwareness: 3 } as const;
export const SyncMessageType = { Step1: 0, Step2: 1, Update: 2 } as const;

/** A client broke the protocol; the connection is closed with `code`. */
export class ProtocolError extends Error {
  constructor(
    readonly code: CloseCode,
    reason: string,
  ) {
    super(reason);
    this.name = "ProtocolError";
  }
}

export type ClientMessage =
  | { kind: "sync-step1"; stateVector: Uint8Array }
  /** `isUpdateFrame`: the raw message already is a sync-update frame and can be relayed as is. */
  | { kind: "update"; update: Uint8Array; isUpdateFrame: boolean }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "query-awareness" };

function malformed(reason: string): ProtocolError {
  return new ProtocolError(CloseCode.Malformed, reason);
}

function readBytes(decoder: decoding.Decoder): Uint8Array {
  try {
    return decoding.readVarUint8Array(decoder);
  } catch {
    throw malformed("truncated message");
  }
}

function readType(decoder: decoding.Decoder): number {
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw malformed("truncated message");
  }
}

/** Decodes one websocket message from a client. Throws ProtocolError. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data);
  let message: ClientMessage;
  switch (readType(decoder)) {
    case MessageType.Sync:
      switch (readType(decoder)) {
        case SyncMessageType.Step1:
          message = { kind: "sync-step1", stateVector: readBytes(decoder) };
          break;
        case SyncMessageType.Step2:
          message = { kind: "update", update: readBytes(decoder), isUpdateFrame: false };
          break;
        case SyncMessageType.Update:
          message = { kind: "update", update: readBytes(decoder), isUpdateFrame: true };
          break;
        default:
          throw malformed("unknown sync message type");
      }
      break;
    case MessageType.Awareness:
      message = { kind: "awareness", update: readBytes(decoder) };
      break;
    case MessageType.QueryAwareness:
      message = { kind: "query-awareness" };
      break;
    default:
      throw malformed("unknown message type");
  }
  // Stock clients send exactly one message per frame; trailing bytes mean garbage.
  if (decoding.hasContent(decoder)) throw malformed("trailing bytes after message");
  return message;
}

function frame(type: number, subtype: number | null, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  if (subtype !== null) encoding.writeVarUint(encoder, subtype);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array) =>
  frame(MessageType.Sync, SyncMessageType.Step1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) => frame(MessageType.Sync, SyncMessageType.Step2, update);
export const encodeSyncUpdate = (update: Uint8Array) =>
  frame(MessageType.Sync, SyncMessageType.Update, update);
export const encodeAwareness = (update: Uint8Array) => frame(MessageType.Awareness, null, update);
