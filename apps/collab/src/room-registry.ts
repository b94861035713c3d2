// Which rooms exist. Rooms remove themselves once destroyed; a failed room is replaced
// at once, but its replacement waits for it to finish before loading, so two instances
// of a document never write its log at the same time. It is also what ownership.ts sees
// of the rooms: the leases they hold, and the rooms to hand over or give up.
import type { Connection } from "./connection";
import type { OwnedRooms } from "./ownership";
import { Room, type RoomDeps } from "./room";

export class RoomRegistry implements OwnedRooms {
  private readonly rooms = new Map<string, Room>();

  constructor(private readonly deps: Omit<RoomDeps, "onDestroyed">) {}

  get size(): number {
    return this.rooms.size;
  }

  attach(connection: Connection): void {
    const docId = connection.identity.docId;
    let room = this.rooms.get(docId);
    if (!room?.usable) {
      room = new Room(docId, { ...this.deps, onDestroyed: (gone) => this.forget(gone) }, room?.destroyed);
      this.rooms.set(docId, room);
    }
    room.attach(connection);
  }

  /** Nobody may edit `docId` any more: its room, if open here, writes the final keyframe. */
  editingEnded(docId: string): void {
    this.rooms.get(docId)?.editingEnded();
  }

  /** Closes every connection and resolves once every room is flushed and dropped. */
  async shutdown(code: number, reason: string): Promise<void> {
    await Promise.all([...this.rooms.values()].map((room) => room.shutdown(code, reason)));
  }

  *owned(): Iterable<{ docId: string; epoch: number; acquiredAt: number }> {
    for (const room of this.rooms.values()) {
      const lease = room.lease;
      if (lease) yield { docId: room.docId, ...lease };
    }
  }

  /** The rooms holding a lease, with their writes so far (GET /ownership). */
  leaseReport(): { docId: string; epoch: number; firstStoredAt: number | null; lastSentAt: number | null }[] {
    const report = [];
    for (const room of this.rooms.values()) {
      if (!room.lease) continue;
      const writes = room.writes;
      report.push({
        docId: room.docId,
        epoch: room.lease.epoch,
        firstStoredAt: writes?.firstStoredAt ?? null,
        lastSentAt: writes?.lastSentAt ?? null,
      });
    }
    return report;
  }

  lose(docId: string, epoch: number): void {
    const room = this.rooms.get(docId);
    if (room?.lease?.epoch === epoch) room.lose();
  }

  handOff(docId: string): void {
    this.rooms.get(docId)?.handOff();
  }

  private forget(room: Room): void {
    if (this.rooms.get(room.docId) === room) this.rooms.delete(room.docId);
  }
}
