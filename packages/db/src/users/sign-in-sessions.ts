import type { Db } from "../client";

/** One sign-in, as its session JWT names it. */
export interface SignIn {
  userId: string;
  /** The random id the JWT was given at sign-in. */
  signInId: string;
  signedInAt: Date;
}

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
 * Signing out on one device: that sign-in's JWT is refused from now on, also where a copy
 * of the cookie turns up. Remembered until `expiresAt` (when the JWT would be refused
 * anyway); earlier records past theirs are pruned here, so the table stays small.
 */
export async function endSignIn(db: Db, signIn: SignIn, expiresAt: Date): Promise<void> {
  await db.$transaction([
    db.endedSignIn.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.endedSignIn.upsert({
      where: { id: signIn.signInId },
      create: { id: signIn.signInId, userId: signIn.userId, expiresAt },
      update: {},
    }),
  ]);
}

/**
 * Whether a sign-in still stands: the user exists, it was not signed out, and the user has
 * not signed out everywhere since it began. One query.
 */
export async function isSignInCurrent(db: Db, signIn: SignIn): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: signIn.userId },
    select: {
      sessionsValidAfter: true,
      endedSignIns: { where: { id: signIn.signInId }, select: { id: true } },
    },
  });
  if (!user || user.endedSignIns.length > 0) return false;
  return !user.sessionsValidAfter || signIn.signedInAt > user.sessionsValidAfter;
}
