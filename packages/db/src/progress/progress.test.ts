import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors";
import {
  playSession,
  type SeededUser,
  seedCohort,
  seedPrompt,
  seedSession,
  seedUser,
} from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getCohortProgress } from "./cohort-progress";
import { getMemberProgress } from "./member-progress";

let t: TestDatabase;
let coach: SeededUser;
let ana: SeededUser;
let ben: SeededUser;

beforeAll(async () => {
  t = await createTestDatabase();
  [coach, ana, ben] = await Promise.all([seedUser(t.db), seedUser(t.db), seedUser(t.db)]);
}, 60_000);
afterAll(() => t.drop());

async function scoredSession(
  cohortId: string,
  interviewer: SeededUser,
  candidate: SeededUser,
  options: Parameters<typeof playSession>[2],
) {
  const prompt = await seedPrompt(t.db);
  const session = await seedSession(t.db, {
    interviewerId: interviewer.id,
    candidateId: candidate.id,
    cohortId,
    promptId: prompt.id,
  });
  await playSession(
    t.db,
    { id: session.id, interviewerId: interviewer.id, candidateId: candidate.id },
    options,
  );
  return session;
}

describe("a member's progress", () => {
  it("charts released scores per dimension, compares the self-assessment, and suggests what to practise", async () => {
    const cohort = await seedCohort(t.db, { owners: [coach.id], members: [ana.id, ben.id] });
    await scoredSession(cohort.id, coach, ana, { levels: (_, i) => (i === 0 ? 1 : 3), selfLevels: () => 3 });
    await scoredSession(cohort.id, coach, ana, { levels: (_, i) => (i === 0 ? 2 : 3), selfLevels: () => 3 });
    // Not released: it must not count anywhere.
    await scoredSession(cohort.id, coach, ana, { levels: () => 4, release: false });
    const unmet = await seedPrompt(t.db);

    const progress = await getMemberProgress(t.db, cohort.id, ana.id, ana.id);
    expect(progress.done.asCandidate).toBe(3);
    expect(progress.families).toHaveLength(1);
    const [first, ...rest] = progress.families[0]?.dimensions ?? [];
    expect(first?.points.map((point) => point.level)).toEqual([1, 2]);
    expect(rest.every((series) => series.points.every((point) => point.level === 3))).toBe(true);
    expect(progress.weakest[0]).toMatchObject({ dimension: first?.dimension, mean: 1.5 });
    expect(progress.selfAssessment[0]).toMatchObject({
      dimension: first?.dimension,
      meanGap: 1.5,
      reading: "over-rates",
    });
    expect(progress.distribution[3]).toBe(0); // the unreleased 4s are not counted
    expect(progress.suggestions[0]).toMatchObject({ slug: unmet.slug, dimension: first?.dimension });
  });

  it("is read by the member and the cohort's staff, never by another member", async () => {
    const cohort = await seedCohort(t.db, { owners: [coach.id], members: [ana.id, ben.id] });
    await expect(getMemberProgress(t.db, cohort.id, ben.id, ana.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getMemberProgress(t.db, cohort.id, coach.id, ana.id)).resolves.toMatchObject({
      member: { id: ana.id },
    });
  });

  it("starts empty for a member with no released feedback", async () => {
    const cohort = await seedCohort(t.db, { owners: [coach.id], members: [ben.id] });
    const progress = await getMemberProgress(t.db, cohort.id, ben.id, ben.id);
    expect(progress).toMatchObject({
      families: [],
      weakest: [],
      selfAssessment: [],
      distribution: [0, 0, 0, 0],
    });
  });
});

describe("the cohort's progress", () => {
  it("aggregates released scores only: weakest dimensions, their spread, and who took part", async () => {
    const cohort = await seedCohort(t.db, { owners: [coach.id], members: [ana.id, ben.id] });
    await scoredSession(cohort.id, coach, ana, { levels: (_, i) => (i === 0 ? 1 : 3) });
    await scoredSession(cohort.id, ana, ben, { levels: (_, i) => (i === 0 ? 2 : 4) });
    await scoredSession(cohort.id, ben, ana, { levels: () => 4, release: false });
    const progress = await getCohortProgress(t.db, cohort.id, ben.id);
    expect(progress.releasedSessions).toBe(2);
    expect(progress.weakest[0]?.mean).toBe(1.5);
    expect(progress.distribution[0]?.counts).toEqual([1, 1, 0, 0]);
    expect(progress.participation.find((row) => row.userId === ana.id)).toMatchObject({
      asCandidate: 2,
      asInterviewer: 1,
    });
    const dimensions = progress.distribution.length;
    expect(progress.overall.reduce((sum, count) => sum + count, 0)).toBe(dimensions * 2);
  });
});
