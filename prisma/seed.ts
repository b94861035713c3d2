// Seeds the prompt bank (idempotent, versioned) and demo data: two users who can
// run a mock interview with each other, a coach, and one cohort.
// Run with `npm run db:seed` (DATABASE_URL must be set).
import { createDb, hashPassword, seedPromptBank } from "@mockboard/db";
import { prompts, rubrics } from "@mockboard/prompt-bank";

export const DEMO_PASSWORD = "mockboard-demo";
const DEMO_USERS = [
  { email: "interviewer@mockboard.dev", name: "Priya Raman" },
  { email: "candidate@mockboard.dev", name: "Sam Carter" },
  { email: "coach@mockboard.dev", name: "Jordan Lee" },
] as const;

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(2);
}
const db = createDb(url);

try {
  const report = await seedPromptBank(db, { prompts, rubrics });
  console.log(
    `prompt bank: ${report.prompts.created} new, ${report.prompts.updated} new versions, ${report.prompts.unchanged} unchanged prompts; ` +
      `${report.rubrics.created + report.rubrics.updated} rubric versions written`,
  );

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [];
  for (const demo of DEMO_USERS) {
    users.push(
      await db.user.upsert({
        where: { email: demo.email },
        update: {},
        create: { ...demo, passwordHash },
        select: { id: true },
      }),
    );
  }
  const [interviewer, candidate, coach] = users as [{ id: string }, { id: string }, { id: string }];
  const cohort = await db.cohort.upsert({
    where: { inviteCode: "DEMO-COHORT" },
    update: {},
    create: {
      name: "ML interview prep circle",
      description:
        "Peers preparing for ML and AI engineering loops; we rotate interviewer and candidate weekly.",
      inviteCode: "DEMO-COHORT",
    },
  });
  for (const [userId, role] of [
    [interviewer.id, "OWNER"],
    [candidate.id, "MEMBER"],
    [coach.id, "COACH"],
  ] as const) {
    await db.cohortMember.upsert({
      where: { cohortId_userId: { cohortId: cohort.id, userId } },
      update: {},
      create: { cohortId: cohort.id, userId, role },
    });
  }
  console.log(`demo users: ${DEMO_USERS.map((user) => user.email).join(", ")} (password ${DEMO_PASSWORD})`);
} finally {
  await db.$disconnect();
}
