import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { prompts } from "@mockboard/prompt-bank";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCohort, seedPrompt, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";

// The migrations that renamed built-in prompts whose slug named the expected answer, in order.
const migrations = resolve(import.meta.dirname, "../../../../prisma/migrations");
const folders = readdirSync(migrations)
  .filter((name) => /_rename_answer_naming_(\w+_)?prompt_slugs$/.test(name))
  .sort();
if (folders.length === 0) throw new Error("the slug renaming migrations are missing");
const sql = folders
  .map((folder) => readFileSync(resolve(migrations, folder, "migration.sql"), "utf8"))
  .join(";\n");
const renames = [...sql.matchAll(/SET "slug" = '([^']+)' WHERE "slug" = '([^']+)'/g)].map(([, to, from]) => ({
  from: from as string,
  to: to as string,
}));

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 60_000);
afterAll(() => t.drop());

/** Runs the migrations' statements as `prisma migrate deploy` would, one by one. */
async function applyMigration() {
  for (const statement of sql.split(";").map((part) => part.trim())) {
    const body = statement
      .split("\n")
      .filter((line) => !line.startsWith("--"))
      .join("\n")
      .trim();
    if (body) await t.db.$executeRawUnsafe(body);
  }
}

describe("the migrations renaming answer-naming prompt slugs", () => {
  it("names only slugs the bank no longer uses, each renamed to a slug it does use", () => {
    const slugs = new Set(prompts.map((prompt) => prompt.slug));
    expect(renames.length).toBeGreaterThan(0);
    for (const { from, to } of renames) {
      expect({ from, inBank: slugs.has(from) }).toEqual({ from, inBank: false });
      expect({ to, inBank: slugs.has(to) }).toEqual({ to, inBank: true });
    }
  });

  it("renames every version of a built-in prompt and leaves a cohort's prompt of the same name alone", async () => {
    const [{ from, to }] = renames as [{ from: string; to: string }];
    const owner = await seedUser(t.db);
    const cohort = await seedCohort(t.db, { owners: [owner.id] });
    const builtIn = await seedPrompt(t.db);
    const cohortOwn = await seedPrompt(t.db, { cohortId: cohort.id });
    // Versions far from any the bank has: (slug, version) is unique across all prompts.
    await t.db.prompt.update({ where: { id: builtIn.id }, data: { slug: from, version: 99 } });
    await t.db.prompt.update({ where: { id: cohortOwn.id }, data: { slug: from, version: 98 } });

    await applyMigration();

    const after = await t.db.prompt.findMany({
      where: { id: { in: [builtIn.id, cohortOwn.id] } },
      select: { id: true, slug: true },
    });
    expect(after.find((row) => row.id === builtIn.id)?.slug).toBe(to);
    expect(after.find((row) => row.id === cohortOwn.id)?.slug).toBe(from);
  });
});
