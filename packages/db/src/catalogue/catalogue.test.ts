import { prompts, rubrics } from "@mockboard/prompt-bank";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPromptBank } from "../prompts/prompt-seed";
import { createSession } from "../sessions/sessions";
import { seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { searchCatalogue } from "./catalogue";

let t: TestDatabase;
let viewerId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedPromptBank(t.db, { prompts, rubrics });
  viewerId = (await t.db.user.create({ data: { email: "viewer@example.com", name: "Viewer" } })).id;
}, 120_000);
afterAll(() => t.drop());

const firstSlug = async (q: string) => (await searchCatalogue(t.db, { q, viewerId })).items[0]?.slug;

describe("catalogue search", () => {
  it("lists every built-in prompt without a query", async () => {
    const result = await searchCatalogue(t.db, { viewerId, pageSize: 100 });
    expect(result.total).toBe(prompts.length);
    expect(result.items).toHaveLength(100);
  });

  it("finds the code-completion design first for “speculative decoding”", async () => {
    expect(await firstSlug("speculative decoding")).toBe("cursor-real-time-code-completion");
  });

  it("finds the inter-rater agreement question first for “inter-rater agreement”", async () => {
    expect(await firstSlug("inter-rater agreement")).toBe(
      "inter-rater-agreement-kappa-subjective-driving-labels",
    );
  });

  it("finds a prompt by its guide's words only for someone who may read that guide", async () => {
    // "Landis" (Landis & Koch) appears in the agreement question's guide, never in what candidates read.
    const slug = "inter-rater-agreement-kappa-subjective-driving-labels";
    const reader = await searchCatalogue(t.db, { viewerId, q: "Landis" });
    expect(reader.items.map((item) => item.slug)).toContain(slug);
    const interviewer = await seedUser(t.db);
    const candidate = await seedUser(t.db);
    const prompt = await t.db.prompt.findFirstOrThrow({
      where: { slug, isCurrent: true },
      select: { id: true },
    });
    await seedSession(t.db, {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      promptId: prompt.id,
    });
    const asCandidate = await searchCatalogue(t.db, { viewerId: candidate.id, q: "Landis" });
    expect(asCandidate.items.map((item) => item.slug)).not.toContain(slug);
  });

  it("finds the MoE design first for “mixture of experts” and the feature store for “feature store”", async () => {
    expect(await firstSlug("mixture of experts")).toBe("gemini-sparse-mixture-of-experts");
    expect(await firstSlug("feature store")).toBe("ml-infra-feature-store");
  });

  it("filters by kind, difficulty, length and tag, with counts that match the results", async () => {
    const cases = await searchCatalogue(t.db, { viewerId, kind: "CASE" });
    expect(cases.total).toBe(3);
    expect(cases.facets.kind).toEqual([{ value: "CASE", count: 3 }]);
    const shortHard = await searchCatalogue(t.db, { viewerId, difficulty: "HARD", length: "short" });
    for (const item of shortHard.items) {
      expect(item.difficulty).toBe("HARD");
      expect(item.minutes).toBeLessThanOrEqual(15);
    }
    const behavioural = await searchCatalogue(t.db, { viewerId, roundType: "behavioral" });
    expect(behavioural.total).toBe(79);
    const tagged = await searchCatalogue(t.db, { viewerId, tag: "oop-multi-level" });
    expect(tagged.total).toBe(10);
  });

  it("treats hostile search text as plain words", async () => {
    const result = await searchCatalogue(t.db, { viewerId, q: `'); drop table "Prompt"; -- " OR 1=1` });
    expect(result.total).toBeLessThan(prompts.length);
    expect(await t.db.prompt.count()).toBe(prompts.length);
  });
});

describe("seeding the prompt bank", () => {
  it("changes nothing when run again", async () => {
    const report = await seedPromptBank(t.db, { prompts, rubrics });
    expect(report.prompts).toEqual({ created: 0, updated: 0, unchanged: prompts.length });
    expect(report.rubrics.unchanged).toBe(rubrics.length);
  });

  it("stores changed content as a new version and leaves a past session on the old one", async () => {
    const original = prompts.find((prompt) => prompt.slug === "ml-infra-feature-store");
    if (!original) throw new Error("fixture prompt missing");
    const v1 = await t.db.prompt.findFirstOrThrow({ where: { slug: original.slug, isCurrent: true } });
    const session = await createSession(t.db, { promptId: v1.id, creatorId: viewerId });

    const edited = { ...original, title: `${original.title} (revised)` };
    const report = await seedPromptBank(t.db, {
      prompts: prompts.map((prompt) => (prompt.slug === original.slug ? edited : prompt)),
      rubrics,
    });
    expect(report.prompts.updated).toBe(1);
    const versions = await t.db.prompt.findMany({
      where: { slug: original.slug },
      orderBy: { version: "asc" },
    });
    expect(versions.map((version) => [version.version, version.isCurrent])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(versions[0]?.title).toBe(original.title);
    const stored = await t.db.interviewSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.promptId).toBe(v1.id);
    expect((await searchCatalogue(t.db, { viewerId, q: "feature store" })).items[0]?.title).toMatch(
      /revised/,
    );
  });
});
