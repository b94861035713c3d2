import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, disableDemoPasswords, seedDemoData } from "./demo-accounts";
import { hashPassword } from "./passwords";
import { authenticateUser } from "./users";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const [interviewer, candidate, coach] = DEMO_ACCOUNTS;

describe("demo accounts", () => {
  it("are seeded with their cohort only when asked, and seeding again changes nothing", async () => {
    expect(await t.db.user.count({ where: { email: interviewer.email } })).toBe(0);
    await seedDemoData(t.db);
    await seedDemoData(t.db);
    expect(await t.db.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } })).toBe(3);
    const cohort = await t.db.cohort.findUniqueOrThrow({
      where: { inviteCode: "DEMO-COHORT" },
      include: { members: true },
    });
    expect(cohort.members.map((member) => member.role).sort()).toEqual(["COACH", "MEMBER", "OWNER"]);
    expect(await authenticateUser(t.db, interviewer.email, DEMO_PASSWORD)).toMatchObject({
      name: "Priya Raman",
    });
  });

  it("stop opening with the public password outside demo mode, and their sessions end", async () => {
    // Someone who took over the coach account gave it a password of their own: it stays.
    await t.db.user.update({
      where: { email: coach.email },
      data: { passwordHash: await hashPassword("a private password") },
    });
    const disabled = await disableDemoPasswords(t.db);
    expect(disabled.sort()).toEqual([candidate.email, interviewer.email].sort());
    expect(await authenticateUser(t.db, interviewer.email, DEMO_PASSWORD)).toBeNull();
    expect(await authenticateUser(t.db, candidate.email, DEMO_PASSWORD)).toBeNull();
    expect(await authenticateUser(t.db, coach.email, "a private password")).toMatchObject({
      name: "Jordan Lee",
    });
    const row = await t.db.user.findUniqueOrThrow({ where: { email: interviewer.email } });
    expect(row.sessionsValidAfter).not.toBeNull();
    // Nothing left to disable the second time.
    expect(await disableDemoPasswords(t.db)).toEqual([]);
  });
});
