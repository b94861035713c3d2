import { createDb, type Db } from "@mockboard/db";
import {
  type SeededCohort,
  type SeededUser,
  seedCohort,
  seedPrompt,
  seedSession,
  seedUser,
} from "@mockboard/db/testing/factories";
import { afterAll, inject } from "vitest";

let db: Db | undefined;

/**
 * The stack's database, for the factories and for checking what a request changed
 * (through Prisma, never raw SQL). Each test file makes its own people and data.
 */
export function testDb(): Db {
  if (!db) {
    db = createDb(inject("databaseUrl"), { maxConnections: 2 });
    const opened = db;
    afterAll(() => opened.$disconnect());
  }
  return db;
}

export interface CohortCast {
  cohort: SeededCohort;
  owner: SeededUser;
  coach: SeededUser;
  member: SeededUser;
}

/** A cohort with an owner (who interviews), a coach and a plain member, all new people. */
export async function seedCohortCast(names: Partial<Record<"owner" | "coach" | "member", string>> = {}) {
  const db = testDb();
  const [owner, coach, member] = await Promise.all([
    seedUser(db, { name: names.owner }),
    seedUser(db, { name: names.coach }),
    seedUser(db, { name: names.member }),
  ]);
  const cohort = await seedCohort(db, { owners: [owner.id], coaches: [coach.id], members: [member.id] });
  return { cohort, owner, coach, member } satisfies CohortCast;
}

/**
 * A live coding round (an algorithms prompt with starter code and example tests, so the room
 * opens on the code pad) between two new people.
 */
export async function seedCodingRound(names: { interviewer: string; candidate: string }) {
  const db = testDb();
  const [interviewer, candidate] = await Promise.all([
    seedUser(db, { name: names.interviewer }),
    seedUser(db, { name: names.candidate }),
  ]);
  const prompt = await seedPrompt(db, { from: "closest-readings-from-two-sensors" });
  const session = await seedSession(db, {
    interviewerId: interviewer.id,
    candidateId: candidate.id,
    promptId: prompt.id,
    status: "LIVE",
  });
  return { interviewer, candidate, sessionId: session.id };
}
