import type { Db } from "../client";

/**
 * "Sign out of all sessions": every session signed in before now stops working, on
 * every device and every web instance (sessions are JWTs; the web app asks
 * `isSignInCurrent` whenever it reads one). Returns the cut-off.
 */
export async function signOutEverywhere(db: Db, userId: string): Promise<Date> {
  const cutoff = new Date();
  await db.user.update({ where: { id: userId }, data: { sessionsValidAfter: cutoff }, select: { id: true } });
  return cutoff;
}

/**
 * Whether a session signed in at `signedInAt` still stands: the user exists and has not
 * signed out everywhere since.
 */
export async function isSignInCurrent(db: Db, userId: string, signedInAt: Date): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionsValidAfter: true } });
  if (!user) return false;
  return !user.sessionsValidAfter || signedInAt > user.sessionsValidAfter;
}
