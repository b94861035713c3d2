import { prompts, rubrics } from "@mockboard/prompt-bank";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPromptBank } from "../prompts/prompt-seed";
import { createSession } from "../sessions/sessions";
import { seedCohort, seedPrompt, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { searchCatalogue } from "./catalogue";
import { DIFFICULTY_ORDER, ROUND_ORDER } from "./catalogue-order";
import { LENGTH_BUCKETS } from "./length-buckets";

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

  it("finds the code-completion design first for “code completion”", async () => {
    expect(await firstSlug("code completion")).toBe("codebase-aware-code-completion");
  });

  it("finds the inter-rater agreement question first for “inter-rater agreement”", async () => {
    expect(await firstSlug("inter-rater agreement")).toBe("inter-rater-agreement-subjective-driving-labels");
  });

  it("finds a prompt by its guide's words only for someone who may read that guide", async () => {
    // "Landis" (Landis & Koch) appears in the agreement question's guide, never in what candidates read.
    const slug = "inter-rater-agreement-subjective-driving-labels";
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

  it("never ranks a prompt lower for someone who may also read its guide", async () => {
    // "Twitter" is in the news feed's brief only; a long guide must not dilute that match.
    const slug = "social-news-feed";
    const rankFor = async (viewer: string) =>
      (await searchCatalogue(t.db, { viewerId: viewer, q: "twitter" })).items.find(
        (item) => item.slug === slug,
      )?.rank;
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
    const withoutGuide = await rankFor(candidate.id);
    const withGuide = await rankFor(viewerId);
    expect(withoutGuide).toBeGreaterThan(0.05);
    expect(withGuide).toBeGreaterThanOrEqual(withoutGuide ?? Number.POSITIVE_INFINITY);
  });

  it("finds the MoE design first for “mixture of experts” and the feature store for “feature store”", async () => {
    expect(await firstSlug("mixture of experts")).toBe("sparse-mixture-of-experts-llm");
    expect(await firstSlug("feature store")).toBe("ml-infra-feature-store");
  });

  it("finds the classic system design questions first by the words candidates search for", async () => {
    expect(await firstSlug("url shortener")).toBe("url-shortener");
    expect(await firstSlug("rate limiter")).toBe("rate-limiter");
    expect(await firstSlug("chat")).toBe("chat-messaging-service");
    // The news feed names no company in its title; its brief says what kind of network it is.
    expect(await firstSlug("twitter")).toBe("social-news-feed");
    expect(await firstSlug("design twitter")).toBe("social-news-feed");
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

// Last in the file: these add prompts, which the counts above do not expect.
describe("catalogue order", () => {
  const all = async (query: Omit<Parameters<typeof searchCatalogue>[1], "viewerId"> = {}) => {
    const items = [];
    for (let page = 1; ; page++) {
      const result = await searchCatalogue(t.db, { viewerId, pageSize: 100, page, ...query });
      items.push(...result.items);
      if (items.length >= result.total) return items;
    }
  };

  it("opens on a mix of rounds, each round's first prompt in the bank's round order", async () => {
    const rounds = ROUND_ORDER.filter((round) => prompts.some((prompt) => prompt.roundType === round));
    const { items } = await searchCatalogue(t.db, { viewerId });
    expect(items.slice(0, rounds.length).map((item) => item.roundType)).toEqual(rounds);
    // Not one round in alphabetical order: the first page holds every round.
    expect(new Set(items.map((item) => item.roundType)).size).toBe(rounds.length);
    // Each round opens on a medium-difficulty prompt where it has one.
    for (const item of items.slice(0, rounds.length)) {
      const hasMedium = prompts.some((p) => p.roundType === item.roundType && p.difficulty === "MEDIUM");
      if (hasMedium) expect(item.difficulty, item.roundType).toBe("MEDIUM");
    }
  });

  it("pages through the mix without repeating or losing a prompt", async () => {
    const items = await all();
    expect(new Set(items.map((item) => item.slug)).size).toBe(prompts.length);
  });

  it("keeps relevance order for a search and lets the mix apply the filters", async () => {
    const search = await searchCatalogue(t.db, { viewerId, q: "feature store" });
    const ranks = search.items.map((item) => item.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const coding = await searchCatalogue(t.db, { viewerId, kind: "CODING" });
    expect(coding.items.every((item) => item.kind === "CODING")).toBe(true);
    expect(coding.items[0]?.roundType).toBe(
      ROUND_ORDER.find((round) => coding.items.some((i) => i.roundType === round)),
    );
  });

  it("sorts shortest first, with or without a search", async () => {
    const minutes = (await all({ sort: "shortest" })).map((item) => item.minutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
    const matched = await searchCatalogue(t.db, { viewerId, q: "agent", sort: "shortest" });
    expect(matched.total).toBeGreaterThan(1);
    const matchedMinutes = matched.items.map((item) => item.minutes);
    expect(matchedMinutes).toEqual([...matchedMinutes].sort((a, b) => a - b));
  });

  it("sorts by difficulty easy to hard, shorter first within each", async () => {
    const items = await all({ sort: "difficulty" });
    const rank = (item: { difficulty: string }) => DIFFICULTY_ORDER.indexOf(item.difficulty);
    expect(items.map(rank)).toEqual(items.map(rank).sort((a, b) => a - b));
    expect(items[0]?.difficulty).toBe("EASY");
    expect(items.at(-1)?.difficulty).toBe("HARD");
    const easy = items.filter((item) => item.difficulty === "EASY").map((item) => item.minutes);
    expect(easy).toEqual([...easy].sort((a, b) => a - b));
  });

  it("sorts newest first by when a prompt was added, not when it was last revised", async () => {
    // The feature-store prompt got a new version above; a prompt added now comes before it.
    const added = await seedPrompt(t.db, { from: "ml-fundamentals-overfitting" });
    const items = (await searchCatalogue(t.db, { viewerId, sort: "newest" })).items;
    expect(items[0]?.slug).toBe(added.slug);
    const revised = await t.db.prompt.findFirstOrThrow({
      where: { slug: "ml-infra-feature-store", isCurrent: true },
      select: { version: true },
    });
    expect(revised.version).toBe(2);
    expect(items.findIndex((item) => item.slug === "ml-infra-feature-store")).not.toBe(1);
  });

  it("puts the viewer's cohort prompts first in the default order", async () => {
    const member = await seedUser(t.db);
    const cohort = await seedCohort(t.db, { members: [member.id] });
    const own = await seedPrompt(t.db, { from: "oop-lru-lfu-cache", cohortId: cohort.id });
    const forMember = await searchCatalogue(t.db, { viewerId: member.id });
    expect(forMember.items[0]?.slug).toBe(own.slug);
    const forOthers = await searchCatalogue(t.db, { viewerId, q: own.title });
    expect(forOthers.items.map((item) => item.slug)).not.toContain(own.slug);
  });

  it("lists filter values in their natural order, not by count", async () => {
    const { facets } = await searchCatalogue(t.db, { viewerId });
    expect(facets.difficulty?.map((facet) => facet.value)).toEqual(["EASY", "MEDIUM", "HARD"]);
    const lengths = Object.keys(LENGTH_BUCKETS);
    const shownLengths = facets.length?.map((facet) => facet.value) ?? [];
    expect(shownLengths).toEqual(lengths.filter((bucket) => shownLengths.includes(bucket)));
    const shownRounds = facets.roundType?.map((facet) => facet.value) ?? [];
    expect(shownRounds).toEqual(ROUND_ORDER.filter((round) => shownRounds.includes(round)));
    const companies = facets.company?.map((facet) => facet.value) ?? [];
    expect(companies).toEqual([...companies].sort((a, b) => a.localeCompare(b)));
    const tagCounts = facets.tag?.map((facet) => facet.count) ?? [];
    expect(tagCounts).toEqual([...tagCounts].sort((a, b) => b - a));
  });
});
