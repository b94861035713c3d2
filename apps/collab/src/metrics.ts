// In-process counters behind GET /metrics. Everything is O(1) on the hot path; the
// percentiles are computed only when someone asks.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { CLOSE_CODE_METRICS, type CloseCodeMetric } from "@mockboard/protocol";

/** Why an upgrade was refused before any document data was sent. */
export type RefusalReason =
  | "version-mismatch"
  | "invalid-document"
  | "token-missing"
  | "token-in-url"
  | "token-expired"
  | "token-invalid"
  | "wrong-document"
  | "access-revoked"
  | "role-changed"
  | "too-many-connections";

/** Why an accepted connection was closed by the server: a close code's name, or a close with a standard code. */
export type CloseReason = CloseCodeMetric | "slow-consumer" | "storage-failed";
const CLOSE_REASONS: readonly CloseReason[] = [...CLOSE_CODE_METRICS, "slow-consumer", "storage-failed"];

/**
 * One owner's stretch of writes to a document, for checking that no two nodes ever
 * accepted writes to one document at once: `lastSentAt` (when its last stored append was
 * sent) of one epoch must come before `firstStoredAt` (when the next epoch's first append
 * came back stored). Wall-clock milliseconds with fractions.
 */
export interface WriteWindow {
  docId: string;
  epoch: number;
  firstStoredAt: number;
  lastSentAt: number;
  /** How the room ended: flushed and released, handed to another node, or lost its lease. */
  end: "released" | "handed-off" | "lost";
}

export interface OwnershipReport {
  nodeId: number | null;
  /** Rooms holding a lease now, with their writes so far (null before the first). */
  rooms: { docId: string; epoch: number; firstStoredAt: number | null; lastSentAt: number | null }[];
  /** The most recent ended windows (rooms that stored at least one update), oldest first. */
  windows: WriteWindow[];
}

/** Wall-clock time with sub-millisecond precision, comparable across processes on one host. */
export const wallClock = () => performance.timeOrigin + performance.now();

/** Per-second buckets over the last minute. */
class MinuteRate {
  private readonly buckets = new Float64Array(60);
  private currentSecond = Math.floor(Date.now() / 1000);

  add(count: number): void {
    this.advance();
    const index = this.currentSecond % 60;
    this.buckets[index] = (this.buckets[index] ?? 0) + count;
  }

  perSecond(windowSeconds: number): number {
    this.advance();
    let sum = 0;
    for (const value of this.buckets) sum += value;
    return sum / Math.max(1, Math.min(60, windowSeconds));
  }

  private advance(): void {
    const second = Math.floor(Date.now() / 1000);
    if (second === this.currentSecond) return;
    const gap = Math.min(60, second - this.currentSecond);
    for (let i = 1; i <= gap; i++) this.buckets[(this.currentSecond + i) % 60] = 0;
    this.currentSecond = second;
  }
}

/** The latest `size` samples, for percentiles. */
class SampleRing {
  private readonly samples: Float64Array;
  private count = 0;

  constructor(size: number) {
    this.samples = new Float64Array(size);
  }

  add(value: number): void {
    this.samples[this.count % this.samples.length] = value;
    this.count++;
  }

  percentiles(...ps: number[]): number[] {
    const n = Math.min(this.count, this.samples.length);
    if (n === 0) return ps.map(() => 0);
    const sorted = this.samples.slice(0, n).sort();
    return ps.map((p) => round(sorted[Math.min(n - 1, Math.floor((p / 100) * n))] ?? 0));
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

export interface MetricsSnapshot {
  rooms: number;
  connections: number;
  uptimeSeconds: number;
  updatesTotal: number;
  updatesPerSecond: number;
  persistence: {
    appendLatencyMs: { p50: number; p95: number; p99: number };
    pendingUpdates: number;
    /** Group commits; updatesTotal / commitsTotal is the mean batch size. */
    commitsTotal: number;
    failedBatches: number;
  };
  bytesStored: number;
  snapshotsTotal: number;
  /** How late timers fire: a stalled event loop delays every room on the process. */
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  refusedConnections: Record<RefusalReason, number>;
  closedConnections: Record<CloseReason, number>;
  /** Access changes pushed by the web app; while the feed is down, only token expiry cuts access. */
  access: { feedListening: boolean; changesTotal: number };
  /** Document leases: taken, given back, handed to another node, lost to one; updates the fence refused. */
  ownership: {
    nodeId: number | null;
    leases: number;
    acquiredTotal: number;
    releasedTotal: number;
    handedOffTotal: number;
    lostTotal: number;
    refusedUpdatesTotal: number;
    acquireMs: { p50: number; p99: number };
  };
}

const WINDOWS_KEPT = 10_000;

export class Metrics {
  readonly startedAt = Date.now();

  /** Samples event-loop delay while the server listens (the sampler holds a timer). */
  startSampling(): void {
    this.loopDelay.enable();
  }

  stopSampling(): void {
    this.loopDelay.disable();
  }

  private updatesTotal = 0;
  private bytesStored = 0;
  private snapshotsTotal = 0;
  private failedBatches = 0;
  private commitsTotal = 0;
  private readonly updateRate = new MinuteRate();
  private readonly appendLatency = new SampleRing(4096);
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });
  private readonly refused: Record<RefusalReason, number> = {
    "version-mismatch": 0,
    "invalid-document": 0,
    "token-missing": 0,
    "token-in-url": 0,
    "token-expired": 0,
    "token-invalid": 0,
    "wrong-document": 0,
    "access-revoked": 0,
    "role-changed": 0,
    "too-many-connections": 0,
  };
  private readonly closed = Object.fromEntries(CLOSE_REASONS.map((reason) => [reason, 0])) as Record<
    CloseReason,
    number
  >;
  private accessChangesTotal = 0;
  private leasesAcquired = 0;
  private leasesReleased = 0;
  private handedOff = 0;
  private leasesLost = 0;
  private refusedUpdates = 0;
  private readonly acquireLatency = new SampleRing(1024);
  private windows: WriteWindow[] = [];

  recordLeaseAcquired(ms: number): void {
    this.leasesAcquired++;
    this.acquireLatency.add(ms);
  }

  recordLeaseReleased(): void {
    this.leasesReleased++;
  }

  recordHandOff(): void {
    this.handedOff++;
  }

  /** A room lost its lease. */
  recordLeaseLost(): void {
    this.leasesLost++;
  }

  /** The fence refused `count` updates: their room no longer held the lease. */
  recordRefusedUpdates(count: number): void {
    this.refusedUpdates += count;
  }

  recordWriteWindow(window: WriteWindow): void {
    this.windows.push(window);
    if (this.windows.length > WINDOWS_KEPT * 2) this.windows = this.windows.slice(-WINDOWS_KEPT);
  }

  ownershipReport(nodeId: number | null, rooms: OwnershipReport["rooms"]): OwnershipReport {
    return { nodeId, rooms, windows: this.windows.slice(-WINDOWS_KEPT) };
  }

  /** A batch of `count` updates totalling `bytes` was committed. */
  recordCommit(count: number, bytes: number): void {
    this.commitsTotal++;
    this.updatesTotal += count;
    this.bytesStored += bytes;
    this.updateRate.add(count);
  }

  recordAppendLatency(ms: number): void {
    this.appendLatency.add(ms);
  }

  recordFailedBatch(): void {
    this.failedBatches++;
  }

  recordSnapshot(bytes: number): void {
    this.snapshotsTotal++;
    this.bytesStored += bytes;
  }

  recordRefusal(reason: RefusalReason): void {
    this.refused[reason]++;
  }

  recordClose(reason: CloseReason): void {
    this.closed[reason]++;
  }

  /** An access change arrived from the web app. */
  recordAccessChange(): void {
    this.accessChangesTotal++;
  }

  snapshot(gauges: {
    rooms: number;
    connections: number;
    pendingUpdates: number;
    accessFeedListening: boolean;
    nodeId: number | null;
    leases: number;
  }): MetricsSnapshot {
    const uptimeSeconds = Math.floor((Date.now() - this.startedAt) / 1000);
    const [p50 = 0, p95 = 0, p99 = 0] = this.appendLatency.percentiles(50, 95, 99);
    return {
      rooms: gauges.rooms,
      connections: gauges.connections,
      uptimeSeconds,
      updatesTotal: this.updatesTotal,
      updatesPerSecond: round(this.updateRate.perSecond(uptimeSeconds)),
      persistence: {
        appendLatencyMs: { p50, p95, p99 },
        pendingUpdates: gauges.pendingUpdates,
        commitsTotal: this.commitsTotal,
        failedBatches: this.failedBatches,
      },
      bytesStored: this.bytesStored,
      snapshotsTotal: this.snapshotsTotal,
      eventLoopDelayMs: {
        p50: round(this.loopDelay.percentile(50) / 1e6),
        p99: round(this.loopDelay.percentile(99) / 1e6),
        max: round(this.loopDelay.max / 1e6),
      },
      refusedConnections: { ...this.refused },
      closedConnections: { ...this.closed },
      access: { feedListening: gauges.accessFeedListening, changesTotal: this.accessChangesTotal },
      ownership: {
        nodeId: gauges.nodeId,
        leases: gauges.leases,
        acquiredTotal: this.leasesAcquired,
        releasedTotal: this.leasesReleased,
        handedOffTotal: this.handedOff,
        lostTotal: this.leasesLost,
        refusedUpdatesTotal: this.refusedUpdates,
        acquireMs: (([p50 = 0, p99 = 0]) => ({ p50, p99 }))(this.acquireLatency.percentiles(50, 99)),
      },
    };
  }
}
