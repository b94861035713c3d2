import { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCohort, seedPrompt, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { guideReadableSql, viewerMayReadGuide } from "./guide-access";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 60_000);
afterAll(() => t.drop());

async function sqlSays(promptId: string, viewerId: string): Promise<boolean> {
  const rows = await t.db.$queryRaw<{ ok: boolean }[]>(
    Prisma.sql`select ${guideReadableSql(viewerId)} as ok from "Prompt" p where p."id" = ${promptId}`,
  );
  return rows[0]?.ok ?? false;
}

describe("the guide rule in SQL agrees with the rule in code", () => {
  it("for staff, members, strangers and candidates, on built-in and cohort prompts", async () => {
    const [owner, coach, member, stranger, candidate, interviewer] = await Promise.all([
      seedUser(t.db),
      seedUser(t.db),
      seedUser(t.db),
      seedUser(t.db),
      seedUser(t.db),
      seedUser(t.db),
    ]);
    const cohort = await seedCohort(t.db, { owners: [owner.id], coaches: [coach.id], members: [member.id] });
    const builtIn = await seedPrompt(t.db);
    const cohortPrompt = await seedPrompt(t.db, { cohortId: cohort.id });
    await seedSession(t.db, {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      promptId: builtIn.id,
    });

    const cases: [string, string, boolean][] = [];
    for (const prompt of [builtIn, cohortPrompt]) {
      const row = await t.db.prompt.findUniqueOrThrow({
        where: { id: prompt.id },
        select: { slug: true, cohortId: true, authorId: true },
      });
      for (const viewer of [owner, coach, member, stranger, candidate, interviewer]) {
        const inCode = await viewerMayReadGuide(t.db, row, viewer.id);
        expect(await sqlSays(prompt.id, viewer.id)).toBe(inCode);
        cases.push([prompt.slug, viewer.id, inCode]);
      }
    }
    // The matrix holds both answers, so agreement is not trivially "always false".
    expect(cases.some(([, , ok]) => ok)).toBe(true);
    expect(cases.some(([, , ok]) => !ok)).toBe(true);
  });
});
