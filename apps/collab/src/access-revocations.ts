// Access withdrawn after a token was issued. A board token is a bearer credential that
// stays valid until it expires, so when the web app announces a change (see
// @mockboard/db/board-access) the server remembers it until every token issued before it
// has expired: open connections that lost what their token says are closed, and the
// same tokens are refused when they try to reconnect.
import { type BoardAccessChange, CloseCode, LIMITS } from "@mockboard/protocol";
import type { ConnectionIdentity } from "./auth";

export interface AccessRefusal {
  code: CloseCode;
  reason: string;
  metric: "access-revoked" | "role-changed";
}

interface Withdrawn {
  /** Tokens issued up to this time (ms) grant nothing on the document. */
  noneAt: number;
  /** Editor tokens issued up to this time (ms) must come back as viewers. */
  viewerAt: number;
}

/**
 * Tokens issued this long after a change still count as issued before it. `at` is
 * stamped in the web app's transaction before it commits, so a token minted from the
 * old state while that transaction finishes is covered, and so is a little clock skew
 * between web processes. A person who regains access within it retries until it passes.
 */
export const REVOCATION_GRACE_MS = 5000;

const NEVER = Number.NEGATIVE_INFINITY;
const tokenLifetimeMs = LIMITS.boardTokenTtlSeconds * 1000;

export class AccessRevocations {
  private readonly withdrawn = new Map<string, Withdrawn>();

  constructor(private readonly now: () => number = Date.now) {}

  get size(): number {
    return this.withdrawn.size;
  }

  record(change: BoardAccessChange): void {
    const key = keyOf(change.docId, change.userId);
    const entry = this.withdrawn.get(key) ?? { noneAt: NEVER, viewerAt: NEVER };
    const until = change.at + REVOCATION_GRACE_MS;
    if (change.access === "none") entry.noneAt = Math.max(entry.noneAt, until);
    else entry.viewerAt = Math.max(entry.viewerAt, until);
    this.withdrawn.set(key, entry);
  }

  /** Why a connection with this identity may no longer have what its token grants; null if it may. */
  refusalFor(identity: ConnectionIdentity): AccessRefusal | null {
    const forEveryone = this.withdrawn.get(keyOf(identity.docId));
    const forThem = this.withdrawn.get(keyOf(identity.docId, identity.userId));
    const noneAt = Math.max(forEveryone?.noneAt ?? NEVER, forThem?.noneAt ?? NEVER);
    if (identity.issuedAt <= noneAt) {
      return {
        code: CloseCode.AccessRevoked,
        reason: "access to this board was withdrawn",
        metric: "access-revoked",
      };
    }
    const viewerAt = Math.max(forEveryone?.viewerAt ?? NEVER, forThem?.viewerAt ?? NEVER);
    if (identity.role === "editor" && identity.issuedAt <= viewerAt) {
      return {
        code: CloseCode.RoleChanged,
        reason: "you can now only view this board",
        metric: "role-changed",
      };
    }
    return null;
  }

  /** Forgets changes older than any token that could still be valid. */
  prune(): void {
    // A minute of slack for clock skew between the web app and this server.
    const oldestLiveToken = this.now() - tokenLifetimeMs - 60_000;
    for (const [key, entry] of this.withdrawn) {
      if (Math.max(entry.noneAt, entry.viewerAt) < oldestLiveToken) this.withdrawn.delete(key);
    }
  }
}

function keyOf(docId: string, userId?: string): string {
  return userId === undefined ? docId : `${docId}\n${userId}`;
}
