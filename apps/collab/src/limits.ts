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
  /** Stored bytes of one document's log (every update, also those before the newest snapshot). */
  boardLogQuotaBytes: number;
  /** Stored bytes of one person's updates across every document. */
  userLogQuotaBytes: number;
  /** Open connections of one person on one server. */
  maxConnectionsPerUser: number;
}

export function resolveLimits(overrides: Partial<CollabLimits> = {}): CollabLimits {
  return {
    maxMessageBytes: LIMITS.maxMessageBytes,
    maxDocumentBytes: LIMITS.maxDocumentBytes,
    messagesPerSecond: LIMITS.messagesPerSecond,
    messageBurst: LIMITS.messageBurst,
    maxAwarenessBytes: 64 * 1024,
    maxBufferedBytes: 32 * 1024 * 1024,
    boardLogQuotaBytes: 64 * 1024 * 1024,
    userLogQuotaBytes: 256 * 1024 * 1024,
    maxConnectionsPerUser: 8,
    ...overrides,
  };
}
