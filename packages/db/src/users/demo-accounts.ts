import type { Db } from "../client";
import { hashPassword, verifyPassword } from "./passwords";
import { normalizeEmail } from "./users";

// The demo data `npm start` seeds (MOCKBOARD_DEMO=1): people who can run a mock interview
// with each other, a coach and one cohort, with a password printed in the README. Never
// on a real deployment: its seed disables that password instead.

export const DEMO_PASSWORD = "mockboard-demo";

export const DEMO_ACCOUNTS = [
  { email: "interviewer@mockboard.dev", name: "Priya Raman", role: "OWNER" },
  { email: "candidate@mockboard.dev", name: "Sam Carter", role: "MEMBER" },
  { email: "coach@mockboard.dev", name: "Jordan Lee", role: "COACH" },
] as const;

const DEMO_COHORT = {
  inviteCode: "DEMO-COHORT",
  name: "ML interview prep circle",
  description: "Peers preparing for ML and AI engineering loops; we rotate interviewer and candidate weekly.",
};

/** Creates the demo accounts and their cohort where missing; running it again changes nothing. */
export async function seedDemoData(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const cohort = await db.cohort.upsert({
    where: { inviteCode: DEMO_COHORT.inviteCode },
    update: {},
    create: DEMO_COHORT,
    select: { id: true },
  });
  for (const { email, name, role } of DEMO_ACCOUNTS) {
    const user = await db.user.upsert({
      where: { email },
      update: {},
      create: { email, name, passwordHash },
      select: { id: true },
    });
    await db.cohortMember.upsert({
      where: { cohortId_userId: { cohortId: cohort.id, userId: user.id } },
      update: {},
      create: { cohortId: cohort.id, userId: user.id, role },
    });
  }
}

/**
 * Outside demo mode: a demo account that still opens with the public demo password (an
 * earlier image seeded them on every start) gets no password at all, and its sessions
 * end. One whose password someone changed is left alone. Returns the emails disabled.
 */
export async function disableDemoPasswords(db: Db): Promise<string[]> {
  const accounts = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((account) => normalizeEmail(account.email)) } },
    select: { id: true, email: true, passwordHash: true },
  });
  const disabled: string[] = [];
  for (const account of accounts) {
    if (!account.passwordHash || !(await verifyPassword(DEMO_PASSWORD, account.passwordHash))) continue;
    await db.user.update({
      where: { id: account.id },
      data: { passwordHash: null, sessionsValidAfter: new Date() },
    });
    disabled.push(account.email ?? account.id);
  }
  return disabled;
}
