import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { authenticateUser, EmailTakenError, registerUser } from "./users";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("users", () => {
  it("registers a user and stores a salted hash, never the password", async () => {
    const user = await registerUser(t.db, {
      name: "Ada",
      email: " Ada@Example.com ",
      password: "correct horse",
    });
    expect(user.email).toBe("ada@example.com");
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain("correct horse");
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    await expect(
      registerUser(t.db, { name: "Ada 2", email: "ADA@example.com", password: "another one" }),
    ).rejects.toBeInstanceOf(EmailTakenError);
    expect(await t.db.user.count({ where: { email: "ada@example.com" } })).toBe(1);
  });

  it("authenticates with the right password and rejects a wrong one", async () => {
    expect(await authenticateUser(t.db, "ada@example.com", "correct horse")).toMatchObject({ name: "Ada" });
    expect(await authenticateUser(t.db, "ada@example.com", "wrong horse")).toBeNull();
    expect(await authenticateUser(t.db, "nobody@example.com", "correct horse")).toBeNull();
  });
});
