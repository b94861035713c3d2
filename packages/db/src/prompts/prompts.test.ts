import { findPrompt, prompts } from "@mockboard/prompt-bank";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../errors";
import { endSession, startSession } from "../live-session/lifecycle";
import { type SeededUser, seedCohort, seedPrompt, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createCohortPrompt, getPromptBrief, getPromptWithGuide, updateCohortPrompt } from "./prompts";

let t: TestDatabase;
let owner: SeededUser;
let coach: SeededUser;
let member: SeededUser;
let outsider: SeededUser;
let cohortId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  [owner, coach, member, outsider] = await Promise.all([
    seedUser(t.db),
    seedUser(t.db),
    seedUser(t.db),
    seedUser(t.db),
  ]);
  cohortId = (await seedCohort(t.db, { owners: [owner.id], coaches: [coach.id], members: [member.id] })).id;
}, 60_000);
afterAll(() => t.drop());

const base = prompts[0];
if (!base) throw new Error("the prompt bank is empty");
const { slug: _slug, source: _source, ...customInput } = base;

describe("reading prompts", () => {
  it("returns the brief with its JSON columns parsed and the guide not even present", async () => {
    const prompt = await seedPrompt(t.db);
    const brief = await getPromptBrief(t.db, prompt.slug, outsider.id);
    expect(brief.brief.summary).toBe(base.brief.summary);
    expect(brief.phases).toEqual(base.phases);
    expect(brief.rubric.definition.dimensions.length).toBeGreaterThan(1);
    expect(brief).not.toHaveProperty("guide");
  });

  it("returns the parsed guide and the versions of a built-in prompt to anyone studying it", async () => {
    const prompt = await seedPrompt(t.db);
    const full = await getPromptWithGuide(t.db, prompt.slug, outsider.id);
    expect(full.guide).toEqual(findPrompt(base.slug)?.guide);
    expect(full.versions.map((version) => version.version)).toEqual([1]);
    expect(full.canEdit).toBe(false);
  });

  it("lets the cohort's owners and coaches read and edit its prompts; its members never read the guide", async () => {
    const prompt = await seedPrompt(t.db, { cohortId });
    expect((await getPromptWithGuide(t.db, prompt.slug, owner.id)).canEdit).toBe(true);
    expect((await getPromptWithGuide(t.db, prompt.slug, coach.id)).canEdit).toBe(true);
    await expect(getPromptWithGuide(t.db, prompt.slug, member.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getPromptBrief(t.db, prompt.slug, member.id)).title).toBe(prompt.title);
  });

  it("never shows a guide to the candidate of a scheduled or live session on that prompt", async () => {
    const prompt = await seedPrompt(t.db);
    const interviewer = await seedUser(t.db);
    const candidate = await seedUser(t.db);
    const session = await seedSession(t.db, {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      promptId: prompt.id,
    });
    await expect(getPromptWithGuide(t.db, prompt.slug, candidate.id)).rejects.toBeInstanceOf(ForbiddenError);
    await startSession(t.db, session.id, interviewer.id);
    await expect(getPromptWithGuide(t.db, prompt.slug, candidate.id)).rejects.toBeInstanceOf(ForbiddenError);
    await endSession(t.db, session.id, interviewer.id);
    expect(
      (await getPromptWithGuide(t.db, prompt.slug, candidate.id)).guide.keyPoints.length,
    ).toBeGreaterThan(0);
  });

  it("hides a cohort prompt from someone outside the cohort", async () => {
    const prompt = await seedPrompt(t.db, { cohortId });
    await expect(getPromptBrief(t.db, prompt.slug, outsider.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPromptWithGuide(t.db, prompt.slug, outsider.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("writing cohort prompts", () => {
  it("lets a coach write a prompt under a fresh slug made from its title", async () => {
    const saved = await createCohortPrompt(t.db, cohortId, coach.id, {
      ...customInput,
      title: "Design a rate limiter",
    });
    expect(saved).toMatchObject({
      version: 1,
      slug: expect.stringMatching(/^design-a-rate-limiter-[0-9a-f]{6}$/),
    });
  });

  it("refuses a plain member and hides the cohort from an outsider", async () => {
    await expect(createCohortPrompt(t.db, cohortId, member.id, customInput)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(createCohortPrompt(t.db, cohortId, outsider.id, customInput)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("saves an edit as the next version and keeps the previous one", async () => {
    const { slug } = await createCohortPrompt(t.db, cohortId, owner.id, customInput);
    const edited = await updateCohortPrompt(t.db, slug, coach.id, { ...customInput, title: "Revised" });
    expect(edited.version).toBe(2);
    expect((await getPromptBrief(t.db, slug, member.id)).title).toBe("Revised");
    expect((await getPromptBrief(t.db, slug, member.id, 1)).title).toBe(customInput.title);
  });

  it("refuses edits of built-in prompts and edits by plain members", async () => {
    const builtIn = await seedPrompt(t.db);
    await expect(updateCohortPrompt(t.db, builtIn.slug, owner.id, customInput)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const { slug } = await createCohortPrompt(t.db, cohortId, owner.id, customInput);
    await expect(updateCohortPrompt(t.db, slug, member.id, customInput)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(updateCohortPrompt(t.db, slug, outsider.id, customInput)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
