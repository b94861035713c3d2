import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { endSignIn, isSignInCurrent, signOutEverywhere } from "./sign-in-sessions";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

let count = 0;
const signInOf = (userId: string, signedInAt: Date) => ({
  userId,
  signInId: `sign-in-${++count}`,
  signedInAt,
});
const inADay = () => new Date(Date.now() + 86_400_000);

describe("signing out of all sessions", () => {
  it("keeps every session of someone who never signed out everywhere", async () => {
    const user = await seedUser(t.db);
    expect(await isSignInCurrent(t.db, signInOf(user.id, new Date(Date.now() - 86_400_000)))).toBe(true);
  });

  it("ends the sessions signed in before it and keeps the ones signed in after", async () => {
    const user = await seedUser(t.db);
    const earlier = new Date(Date.now() - 1000);
    const cutoff = await signOutEverywhere(t.db, user.id);
    expect(await isSignInCurrent(t.db, signInOf(user.id, earlier))).toBe(false);
    expect(await isSignInCurrent(t.db, signInOf(user.id, cutoff))).toBe(false);
    expect(await isSignInCurrent(t.db, signInOf(user.id, new Date(cutoff.getTime() + 1)))).toBe(true);
  });

  it("leaves other people's sessions alone", async () => {
    const [me, someoneElse] = await Promise.all([seedUser(t.db), seedUser(t.db)]);
    const signedIn = new Date(Date.now() - 1000);
    await signOutEverywhere(t.db, me.id);
    expect(await isSignInCurrent(t.db, signInOf(someoneElse.id, signedIn))).toBe(true);
  });

  it("does not keep a session of a user who no longer exists", async () => {
    const user = await seedUser(t.db);
    await t.db.user.delete({ where: { id: user.id } });
    expect(await isSignInCurrent(t.db, signInOf(user.id, new Date()))).toBe(false);
  });
});

describe("signing out on one device", () => {
  it("ends that sign-in and no other of the same person", async () => {
    const user = await seedUser(t.db);
    const here = signInOf(user.id, new Date(Date.now() - 1000));
    const elsewhere = signInOf(user.id, new Date(Date.now() - 1000));
    await endSignIn(t.db, here, inADay());
    expect(await isSignInCurrent(t.db, here)).toBe(false);
    expect(await isSignInCurrent(t.db, elsewhere)).toBe(true);
  });

  it("can be repeated, and forgets sign-ins whose tokens have expired anyway", async () => {
    const user = await seedUser(t.db);
    const old = signInOf(user.id, new Date(Date.now() - 40 * 86_400_000));
    await endSignIn(t.db, old, new Date(Date.now() - 1000));
    const here = signInOf(user.id, new Date());
    await endSignIn(t.db, here, inADay());
    await endSignIn(t.db, here, inADay());
    expect(await t.db.endedSignIn.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([
      { id: here.signInId },
    ]);
  });
});
