import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { isSignInCurrent, signOutEverywhere } from "./sign-in-sessions";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("signing out of all sessions", () => {
  it("keeps every session of someone who never signed out everywhere", async () => {
    const user = await seedUser(t.db);
    expect(await isSignInCurrent(t.db, user.id, new Date(Date.now() - 86_400_000))).toBe(true);
  });

  it("ends the sessions signed in before it and keeps the ones signed in after", async () => {
    const user = await seedUser(t.db);
    const earlier = new Date(Date.now() - 1000);
    const cutoff = await signOutEverywhere(t.db, user.id);
    expect(await isSignInCurrent(t.db, user.id, earlier)).toBe(false);
    expect(await isSignInCurrent(t.db, user.id, cutoff)).toBe(false);
    expect(await isSignInCurrent(t.db, user.id, new Date(cutoff.getTime() + 1))).toBe(true);
  });

  it("leaves other people's sessions alone", async () => {
    const [me, someoneElse] = await Promise.all([seedUser(t.db), seedUser(t.db)]);
    const signedIn = new Date(Date.now() - 1000);
    await signOutEverywhere(t.db, me.id);
    expect(await isSignInCurrent(t.db, someoneElse.id, signedIn)).toBe(true);
  });

  it("does not keep a session of a user who no longer exists", async () => {
    const user = await seedUser(t.db);
    await t.db.user.delete({ where: { id: user.id } });
    expect(await isSignInCurrent(t.db, user.id, new Date())).toBe(false);
  });
});
