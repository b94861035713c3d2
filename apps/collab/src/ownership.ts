// This node's claim on documents. A room takes its document's lease before it loads and
// gives it back once flushed (room.ts); the lease's epoch rides on every append, and
// Postgres refuses an append whose epoch is no longer the lease's (see
// @mockboard/db/board-log), so whatever this file gets wrong, two nodes never both write.
//
// What this file does: registers the node (its row and session lock), renews it, notices
// documents it lost (renewal lists its leases), waits for a document another live node
// holds while asking that node to hand it over, answers such requests, and, when a node
// joins, asks the router (nginx) where each of its rooms belongs and hands over those
// that belong elsewhere, so documents move back to a node that returns.
import { randomUUID } from "node:crypto";
import {
  type BoardLeases,
  type CollabNodeRegistration,
  createBoardLeases,
  type HandoffRequest,
  listenForHandoffRequests,
  registerCollabNode,
} from "@mockboard/db/board-log";
import type { Logger } from "pino";
import type { Metrics } from "./metrics";
import { type Router, routerFor } from "./router";

/** A document this node may not serve now: its connections are told to reconnect (Moved). */
export class DocumentMovedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "DocumentMovedError";
  }
}

/** What ownership needs from the rooms of this node. */
export interface OwnedRooms {
  /** Rooms holding a lease, with the epoch and when they got it (performance.now()). */
  owned(): Iterable<{ docId: string; epoch: number; acquiredAt: number }>;
  /** The lease of `docId` at `epoch` is gone: close its room without writing another byte. */
  lose(docId: string, epoch: number): void;
  /** Hand `docId` over: flush, release, send the clients to reconnect. */
  handOff(docId: string): void;
}

export interface OwnershipOptions {
  databaseUrl: string;
  logger: Logger;
  metrics: Metrics;
  /** A node silent this long (paused, cut off) loses its documents to whoever asks. */
  leaseTtlMs: number;
  /** How long a connection waits for a document another node holds before it is sent on. */
  acquireTimeoutMs: number;
  /** The load balancer in front of the nodes (collab's own public address through it), when there is one. */
  routerUrl?: string;
  /** A room keeps a document this long after taking it before handing it over (damps ping-pong). */
  minHoldMs?: number;
}

const RETRY_MS = 100;
const ASK_EVERY_MS = 1000;
/**
 * After a node joins, where rooms belong is checked at these delays: nginx tries a peer it
 * saw fail again only after its fail_timeout (2 s in infra/nginx), and a node registers a
 * moment before it listens.
 */
const ROUTE_CHECKS_AFTER_JOIN_MS = [3000, 5000, 8000, 12_000, 20_000, 30_000];
const ROUTE_CHECK_EVERY_MS = 60_000;
const ROUTE_CHECK_CONCURRENCY = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Ownership {
  /** Random per process: what this node answers when the router asks who serves a document. */
  readonly instance = randomUUID();
  private registration: CollabNodeRegistration | null = null;
  private readonly leases: BoardLeases;
  private readonly router: Router | null;
  private rooms: OwnedRooms | null = null;
  private handoffs: ReturnType<typeof listenForHandoffRequests> | null = null;
  private renewTimer: NodeJS.Timeout | undefined;
  private routeTimers: NodeJS.Timeout[] = [];
  private otherNodes = new Set<number>();
  private reregistering: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: OwnershipOptions) {
    this.leases = createBoardLeases(options.databaseUrl);
    this.router = options.routerUrl ? routerFor(options.routerUrl, this.instance) : null;
  }

  get nodeId(): number | null {
    return this.registration?.nodeId ?? null;
  }

  /** Registers the node and starts renewing it; rooms can take leases from then on. */
  async start(rooms: OwnedRooms): Promise<void> {
    this.rooms = rooms;
    await this.register();
    this.handoffs = listenForHandoffRequests(
      this.options.databaseUrl,
      () => this.nodeId,
      (request) => this.onHandoffRequest(request),
      { onError: (error) => this.options.logger.warn({ err: error }, "handoff feed dropped; reconnecting") },
    );
    const renewEvery = Math.max(200, Math.floor(this.options.leaseTtlMs / 4));
    this.renewTimer = setInterval(() => void this.renew(), renewEvery);
    this.renewTimer.unref();
    if (this.router) {
      const sweep = setInterval(() => void this.checkRoutes(), ROUTE_CHECK_EVERY_MS);
      sweep.unref();
      this.routeTimers.push(sweep);
    }
  }

  /**
   * Takes `docId`'s lease and returns its epoch. While another live node holds it: when the
   * router sends `docId` elsewhere, gives up at once; otherwise asks the holder to hand it
   * over and tries again until `acquireTimeoutMs`. Throws DocumentMovedError when it gives up.
   */
  async acquire(docId: string, stillWanted: () => boolean): Promise<number> {
    const started = performance.now();
    let askedAt = 0;
    let routeChecked = false;
    for (;;) {
      const nodeId = await this.currentNode();
      const claim = await this.leases.acquire(docId, nodeId);
      if ("epoch" in claim) {
        this.options.metrics.recordLeaseAcquired(performance.now() - started);
        return claim.epoch;
      }
      if (!routeChecked && this.router) {
        routeChecked = true;
        if ((await this.router.routesHere(docId)) === false)
          throw new DocumentMovedError("the document belongs to another server");
      }
      if (performance.now() - started > this.options.acquireTimeoutMs)
        throw new DocumentMovedError("another server holds the document");
      if (!stillWanted()) throw new DocumentMovedError("nobody is waiting for the document any more");
      if (performance.now() - askedAt >= ASK_EVERY_MS) {
        askedAt = performance.now();
        await this.leases
          .askForHandoff({ docId, from: claim.heldBy, to: nodeId })
          .catch((error: unknown) =>
            this.options.logger.warn({ err: error, docId }, "could not ask for a handoff"),
          );
      }
      await sleep(RETRY_MS);
    }
  }

  /** Gives a lease back after its room flushed; a lease that moved meanwhile is left alone. */
  release(docId: string, epoch: number): void {
    this.leases.release(docId, epoch).then(
      () => this.options.metrics.recordLeaseReleased(),
      (error: unknown) =>
        // Not fatal: the lease goes with this node when it stops, and a node asking for it
        // sees this one alive and asks again.
        this.options.logger.warn({ err: error, docId }, "could not release a lease"),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.renewTimer);
    for (const timer of this.routeTimers) clearTimeout(timer);
    await this.handoffs?.close();
    await this.registration?.close().catch(() => undefined);
    await this.leases.close();
  }

  private async register(): Promise<void> {
    this.registration = await registerCollabNode(this.options.databaseUrl, {
      ttlMs: this.options.leaseTtlMs,
      onSessionLost: (error) => this.onSessionLost(error),
    });
    this.options.logger.info({ nodeId: this.registration.nodeId }, "registered as a collab node");
  }

  private async currentNode(): Promise<number> {
    if (this.reregistering) await this.reregistering;
    const id = this.nodeId;
    if (id === null) throw new DocumentMovedError("this server is not registered");
    return id;
  }

  /**
   * Our session (and with it the lock that says we live) ended: other nodes may take any of
   * our documents now. Every room is sent to reconnect, and the node registers anew.
   */
  private onSessionLost(error?: Error): void {
    if (this.closed) return;
    this.options.logger.error(
      { err: error },
      "lost the node's database session; rooms move, registering again",
    );
    const lostRegistration = this.registration;
    this.registration = null;
    for (const room of [...(this.rooms?.owned() ?? [])]) this.rooms?.lose(room.docId, room.epoch);
    void lostRegistration?.close();
    this.reregistering = (async () => {
      for (let attempt = 0; !this.closed; attempt++) {
        try {
          await this.register();
          return;
        } catch (failure) {
          this.options.logger.warn({ err: failure }, "could not register as a collab node; retrying");
          await sleep(Math.min(5000, 200 * 2 ** attempt));
        }
      }
    })().finally(() => {
      this.reregistering = null;
    });
  }

  private async renew(): Promise<void> {
    const registration = this.registration;
    if (!registration || !this.rooms) return;
    const sentAt = performance.now();
    let renewal: Awaited<ReturnType<CollabNodeRegistration["renew"]>>;
    try {
      renewal = await registration.renew(this.options.leaseTtlMs);
    } catch (error) {
      this.options.logger.warn({ err: error }, "could not renew the node's lease");
      return;
    }
    if (registration !== this.registration) return;
    // Only rooms that held their lease before the renewal read the table can be judged by it.
    for (const room of [...this.rooms.owned()]) {
      if (room.acquiredAt < sentAt && renewal.leases.get(room.docId) !== room.epoch) {
        this.options.logger.warn({ docId: room.docId, epoch: room.epoch }, "lease lost to another node");
        this.rooms.lose(room.docId, room.epoch);
      }
    }
    const joined = renewal.otherNodes.some((id) => !this.otherNodes.has(id));
    this.otherNodes = new Set(renewal.otherNodes);
    if (joined && this.router) this.scheduleRouteChecks();
  }

  private onHandoffRequest(request: HandoffRequest): void {
    const room = [...(this.rooms?.owned() ?? [])].find((owned) => owned.docId === request.docId);
    if (!room) return;
    const heldFor = performance.now() - room.acquiredAt;
    const minHold = this.options.minHoldMs ?? 2000;
    if (heldFor >= minHold) this.rooms?.handOff(request.docId);
    else {
      const timer = setTimeout(() => this.rooms?.handOff(request.docId), minHold - heldFor);
      timer.unref();
    }
  }

  private scheduleRouteChecks(): void {
    for (const delay of ROUTE_CHECKS_AFTER_JOIN_MS) {
      const timer = setTimeout(() => void this.checkRoutes(), delay);
      timer.unref();
      this.routeTimers.push(timer);
    }
  }

  /** Asks the router where each room belongs and hands over those it sends elsewhere. */
  private async checkRoutes(): Promise<void> {
    const router = this.router;
    if (!router || !this.rooms || this.otherNodes.size === 0) return;
    const minHold = this.options.minHoldMs ?? 2000;
    const queue = [...this.rooms.owned()].filter((room) => performance.now() - room.acquiredAt >= minHold);
    const worker = async () => {
      for (let room = queue.shift(); room; room = queue.shift()) {
        if ((await router.routesHere(room.docId)) === false) {
          this.options.logger.info(
            { docId: room.docId },
            "document belongs to another node; handing it over",
          );
          this.rooms?.handOff(room.docId);
        }
      }
    };
    await Promise.all(Array.from({ length: ROUTE_CHECK_CONCURRENCY }, worker));
  }
}
