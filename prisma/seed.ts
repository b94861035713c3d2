// Seeds the prompt bank (idempotent, versioned). With MOCKBOARD_DEMO=1 (what `npm start`
// sets) it also seeds demo data: two users who can run a mock interview with each other,
// a coach and one cohort, all with the public demo password. Without it (the production
// image, tests) there are no demo accounts, and any left from an earlier image that still
// open with that password are disabled.
// Run with `npm run db:seed` (DATABASE_URL must be set).
import {
  createDb,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  disableDemoPasswords,
  seedDemoData,
  seedPromptBank,
} from "@mockboard/db";
import { prompts, rubrics } from "@mockboard/prompt-bank";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(2);
}
const demo = process.env.MOCKBOARD_DEMO === "1";
const db = createDb(url);

try {
  const report = await seedPromptBank(db, { prompts, rubrics });
  console.log(
    `prompt bank: ${report.prompts.created} new, ${report.prompts.updated} new versions, ${report.prompts.unchanged} unchanged prompts; ` +
      `${report.rubrics.created + report.rubrics.updated} rubric versions written`,
  );
  if (demo) {
    await seedDemoData(db);
    console.log(
      `demo users: ${DEMO_ACCOUNTS.map((user) => user.email).join(", ")} (password ${DEMO_PASSWORD})`,
    );
  } else {
    const disabled = await disableDemoPasswords(db);
    if (disabled.length > 0) {
      console.log(
        `demo accounts disabled (they opened with the public demo password): ${disabled.join(", ")}`,
      );
    }
  }
} finally {
  await db.$disconnect();
}
