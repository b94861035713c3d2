import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { passwordCheckEstimateMs, passwordHashingStats } from "./passwords";
import { authenticateUser, registerUser } from "./users";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** How many scrypt runs `work` did in this process. */
async function hashingRunsOf(work: () => Promise<unknown>): Promise<number> {
  const before = passwordHashingStats().completed;
  await work();
  return passwordHashingStats().completed - before;
}

describe("users", () => {
  it("registers a user and stores a salted hash, never the password", async () => {
    const registration = await registerUser(t.db, {
      name: "Ada",
      email: " Ada@Example.com ",
      password: "correct horse",
    });
    if (!registration.created) throw new Error("expected a new account");
    expect(registration.user.email).toBe("ada@example.com");
    const row = await t.db.user.findUniqueOrThrow({ where: { id: registration.user.id } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain("correct horse");
  });

  it("creates and changes nothing for an email that has an account, whatever its case, after the same hashing", async () => {
    const before = await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    let registration: Awaited<ReturnType<typeof registerUser>> | undefined;
    const runs = await hashingRunsOf(async () => {
      registration = await registerUser(t.db, {
        name: "Ada 2",
        email: "ADA@example.com",
        password: "another one",
      });
    });
    expect(registration).toEqual({ created: false });
    expect(runs).toBe(1);
    expect(await t.db.user.count({ where: { email: "ada@example.com" } })).toBe(1);
    expect(await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } })).toEqual(before);
  });

  it("treats two registrations of one new email at the same moment as one account", async () => {
    const input = { name: "Twin", email: "twin@example.com", password: "twin password" };
    const results = await Promise.all([registerUser(t.db, input), registerUser(t.db, input)]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await t.db.user.count({ where: { email: "twin@example.com" } })).toBe(1);
  });

  it("authenticates with the right password and rejects a wrong one", async () => {
    expect(await authenticateUser(t.db, "ada@example.com", "correct horse")).toMatchObject({ name: "Ada" });
    expect(await authenticateUser(t.db, "ada@example.com", "wrong horse")).toBeNull();
    expect(await authenticateUser(t.db, "nobody@example.com", "correct horse")).toBeNull();
  });

  it("makes an unknown email wait as long as a password check takes, without taking a hashing turn", async () => {
    const known = await hashingRunsOf(() => authenticateUser(t.db, "ada@example.com", "wrong horse"));
    expect(known).toBe(1);
    const estimate = passwordCheckEstimateMs();
    expect(estimate).toBeGreaterThan(0);
    const started = performance.now();
    const unknown = await hashingRunsOf(() => authenticateUser(t.db, "nobody@example.com", "wrong horse"));
    const waited = performance.now() - started;
    expect(unknown).toBe(0);
    // setTimeout never fires early, so this bound holds however loaded the machine is.
    expect(waited).toBeGreaterThanOrEqual(estimate - 2);
    console.log(
      `a password check here takes about ${estimate.toFixed(0)} ms; an unknown email waited ${waited.toFixed(0)} ms`,
    );
  });

  it("makes an account without a password (OAuth only) wait the same and never signs it in", async () => {
    await t.db.user.create({ data: { name: "Octo", email: "octo@example.com" } });
    let result: unknown;
    const runs = await hashingRunsOf(async () => {
      result = await authenticateUser(t.db, "octo@example.com", "");
    });
    expect(result).toBeNull();
    expect(runs).toBe(0);
  });
});
