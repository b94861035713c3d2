import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../client";
import { NotFoundError } from "../errors";

/** Feed tokens are 32 random bytes, base64url: the secret in a subscription URL. */
export const CalendarFeedToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "not a calendar feed token");

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new calendar feed for the person; any feed they had stops working. Only the hash is
 * stored, so the token is shown this once (making a new one is how to see a URL again).
 */
export async function createCalendarFeed(db: Db, userId: string): Promise<{ token: string }> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.calendarFeed.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
    db.calendarFeed.create({ data: { userId, tokenHash: hashOf(token) } }),
  ]);
  return { token };
}

/** Turns the person's feed off: calendar apps subscribed to it get 404 from now on. */
export async function revokeCalendarFeed(db: Db, userId: string): Promise<void> {
  await db.calendarFeed.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Whether the person has a working feed, and since when. */
export async function getCalendarFeedStatus(db: Db, userId: string): Promise<{ since: Date } | null> {
  const feed = await db.calendarFeed.findFirst({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return feed ? { since: feed.createdAt } : null;
}

/** Whose feed a token opens; NotFound for an unknown or revoked token. */
export async function resolveCalendarFeed(db: Db, token: string): Promise<{ userId: string }> {
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashOf(token) },
    select: { userId: true, revokedAt: true },
  });
  if (!feed || feed.revokedAt) throw new NotFoundError("No such calendar");
  return { userId: feed.userId };
}
