// Storage quotas. The document size limit counts the merged document, but the log keeps
// every update (inserting and deleting text leaves a small document and a growing log)
// and snapshots are full copies of the board, so stored bytes are capped too: per document,
// log and snapshots (exact, as the room is its single writer), and per person across
// documents, what they sent (loaded from the log on the person's first connection on this
// node, then kept up to date as their updates are accepted). Open connections per person
// are capped here as well. A refused update is never stored.
import type { BoardLogUsage } from "@mockboard/db/board-log";
import { CloseCode } from "@mockboard/protocol";
import { ProtocolError } from "./messages";

export const DOCUMENT_QUOTA_REASON = "this board reached its storage quota; changes are no longer saved";
export const USER_QUOTA_REASON = "you reached your board storage quota; changes are no longer saved";

/**
 * Stored bytes of one document, log and snapshots: what was there at load plus every
 * update accepted and snapshot written since, less the snapshots pruned.
 */
export class DocumentQuota {
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  loaded(bytes: number): void {
    this.bytes = bytes;
  }

  /** Whether `size` more bytes stay within the quota. */
  fits(size: number): boolean {
    return this.bytes + size <= this.maxBytes;
  }

  /** Throws when `size` more bytes would pass the quota. */
  check(size: number): void {
    if (!this.fits(size)) throw new ProtocolError(CloseCode.StorageQuotaExceeded, DOCUMENT_QUOTA_REASON);
  }

  /** `size` bytes were stored (or, negative, deleted). */
  add(size: number): void {
    this.bytes += size;
  }
}

interface UserEntry {
  /** Open (or being admitted) connections of this person on this node. */
  connections: number;
  /** Stored bytes of their updates; null until loaded. */
  bytes: number | null;
  loading: Promise<void> | null;
}

/** Per-person connection counts and log bytes, for the people connected to this node. */
export class UserQuotas {
  private readonly users = new Map<string, UserEntry>();

  constructor(
    private readonly usage: BoardLogUsage,
    private readonly limits: { maxConnectionsPerUser: number; userLogQuotaBytes: number },
  ) {}

  /** Takes a connection slot for `userId`; false when they already hold the maximum. */
  open(userId: string): boolean {
    let entry = this.users.get(userId);
    if (!entry) {
      entry = { connections: 0, bytes: null, loading: null };
      this.users.set(userId, entry);
    }
    if (entry.connections >= this.limits.maxConnectionsPerUser) return false;
    entry.connections++;
    return true;
  }

  /** Gives a slot back; the person is forgotten with their last connection. */
  close(userId: string): void {
    const entry = this.users.get(userId);
    if (!entry) return;
    entry.connections--;
    if (entry.connections <= 0) this.users.delete(userId);
  }

  /** Loads the person's stored bytes once (they hold a slot meanwhile). */
  load(userId: string): Promise<void> {
    const entry = this.users.get(userId);
    if (!entry) throw new Error(`no connection slot for ${userId}`);
    if (entry.bytes !== null) return Promise.resolve();
    entry.loading ??= this.usage.userBytes(userId).then(
      (bytes) => {
        entry.bytes = bytes;
        entry.loading = null;
      },
      (error: unknown) => {
        entry.loading = null;
        throw error;
      },
    );
    return entry.loading;
  }

  /** Throws when `size` more bytes from `userId` would pass their quota. */
  check(userId: string, size: number): void {
    const bytes = this.users.get(userId)?.bytes;
    // Editors are admitted only after their usage loaded; anything else is a bug.
    if (bytes === null || bytes === undefined) throw new Error(`storage usage of ${userId} is not loaded`);
    if (bytes + size > this.limits.userLogQuotaBytes) {
      throw new ProtocolError(CloseCode.StorageQuotaExceeded, USER_QUOTA_REASON);
    }
  }

  add(userId: string, size: number): void {
    const entry = this.users.get(userId);
    if (entry?.bytes !== null && entry?.bytes !== undefined) entry.bytes += size;
  }
}
