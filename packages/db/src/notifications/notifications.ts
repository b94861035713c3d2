import type { NotificationKind, Prisma } from "@prisma/client";
import type { Db } from "../client";

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string;
  /** An in-app path (`/cohorts/...`), never another site. */
  href?: string;
}

/** Queues notifications in the caller's transaction, so they exist only if the change commits. */
export async function notify(tx: Prisma.TransactionClient, notifications: readonly NotificationInput[]) {
  if (notifications.length === 0) return;
  await tx.notification.createMany({
    data: notifications.map((entry) => ({ ...entry, body: entry.body ?? "" })),
  });
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  href: string | null;
  createdAt: Date;
  read: boolean;
}

/** The person's notifications, newest first. */
export async function listNotifications(db: Db, userId: string, take = 50): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, title: true, body: true, href: true, createdAt: true, readAt: true },
  });
  return rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null }));
}

export function countUnreadNotifications(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks the person's notifications read (all of them, or the ones named). */
export async function markNotificationsRead(db: Db, userId: string, ids?: readonly string[]): Promise<void> {
  await db.notification.updateMany({
    where: { userId, readAt: null, ...(ids ? { id: { in: [...ids] } } : {}) },
    data: { readAt: new Date() },
  });
}
