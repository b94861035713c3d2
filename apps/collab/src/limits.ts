import { LIMITS } from "@mockboard/protocol";

/** The protocol's limits plus the server-side ones that clients never see. */
export interface CollabLimits {
  maxMessageBytes: number;
  maxDocumentBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  /** Presence is a cursor, a selection and a name, relayed for a handful of people; more is abuse. */
  maxAwarenessBytes: number;
  /** Outgoing bytes queued on one socket before it counts as a stalled consumer. */
  maxBufferedBytes: number;
}

export function resolveLimits(overrides: Partial<CollabLimits> = {}): CollabLimits {
  return {
    maxMessageBytes: LIMITS.maxMessageBytes,
    maxDocumentBytes: LIMITS.maxDocumentBytes,
    messagesPerSecond: LIMITS.messagesPerSecond,
    messageBurst: LIMITS.messageBurst,
    maxAwarenessBytes: 64 * 1024,
    maxBufferedBytes: 32 * 1024 * 1024,
    ...overrides,
  };
}
