// Checks that one document never had two writers at once, from the two places that can
// tell: the log (seqs gapless and unique, and the lease epoch never going back along them)
// and the nodes' own reports of when each owner stored (GET /ownership).
import type { OwnershipReport } from "../metrics";

export interface LoggedRow {
  docId: string;
  seq: number;
  epoch: bigint | null;
}

/** What is wrong with one document's rows (in seq order); empty when one writer at a time wrote them. */
export function logProblems(rows: LoggedRow[]): string[] {
  const problems: string[] = [];
  for (const [i, row] of rows.entries()) {
    if (row.seq !== i + 1) problems.push(`${row.docId}: seq ${row.seq} at position ${i + 1}`);
    const before = rows[i - 1];
    if (before && row.epoch !== null && before.epoch !== null && row.epoch < before.epoch)
      problems.push(`${row.docId}: epoch ${row.epoch} at seq ${row.seq} after epoch ${before.epoch}`);
  }
  return problems;
}

export interface OwnerWrites {
  docId: string;
  epoch: number;
  firstStoredAt: number;
  lastSentAt: number;
  node: string;
}

/** Every owner's writes the reports know of, ended and current. */
export function writesOf(node: string, report: OwnershipReport): OwnerWrites[] {
  const writes: OwnerWrites[] = report.windows.map((window) => ({ ...window, node }));
  for (const room of report.rooms)
    if (room.firstStoredAt !== null && room.lastSentAt !== null)
      writes.push({
        docId: room.docId,
        epoch: room.epoch,
        firstStoredAt: room.firstStoredAt,
        lastSentAt: room.lastSentAt,
        node,
      });
  return writes;
}

/**
 * Pairs of owners of one document whose writes overlapped in time: the earlier epoch sent
 * a write that got stored after the later epoch's first write was already stored.
 */
export function overlappingOwners(writes: OwnerWrites[]): string[] {
  const byDoc = new Map<string, OwnerWrites[]>();
  for (const write of writes) byDoc.set(write.docId, [...(byDoc.get(write.docId) ?? []), write]);
  const problems: string[] = [];
  for (const [docId, owners] of byDoc) {
    owners.sort((a, b) => a.epoch - b.epoch);
    for (let i = 1; i < owners.length; i++) {
      const [before, after] = [owners[i - 1] as OwnerWrites, owners[i] as OwnerWrites];
      if (before.epoch === after.epoch) problems.push(`${docId}: epoch ${after.epoch} reported twice`);
      else if (before.lastSentAt >= after.firstStoredAt)
        problems.push(
          `${docId}: ${before.node} (epoch ${before.epoch}) wrote until ${before.lastSentAt}, ` +
            `${after.node} (epoch ${after.epoch}) had stored at ${after.firstStoredAt}`,
        );
    }
  }
  return problems;
}
