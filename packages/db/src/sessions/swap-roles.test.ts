import { prompts } from "@mockboard/prompt-bank";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError } from "../errors";
import { listNotifications } from "../notifications";
import { type SeededUser, seedCohort, seedPrompt, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { swapRoles, swapTime } from "./swap-roles";

let t: TestDatabase;
let ana: SeededUser;
let ben: SeededUser;
let stranger: SeededUser;

beforeAll(async () => {
  t = await createTestDatabase();
  [ana, ben, stranger] = await Promise.all([seedUser(t.db), seedUser(t.db), seedUser(t.db)]);
  for (const prompt of prompts.filter((entry) => entry.kind === "SYSTEM_DESIGN").slice(0, 4)) {
    await seedPrompt(t.db, { from: prompt.slug });
  }
}, 120_000);
afterAll(() => t.drop());

describe("swapping roles after a session", () => {
  it("schedules the same two with the seats reversed, on a prompt the new candidate never met, once", async () => {
    const cohort = await seedCohort(t.db, { owners: [ana.id], members: [ben.id], kinds: ["SYSTEM_DESIGN"] });
    const first = await seedSession(t.db, {
      interviewerId: ana.id,
      candidateId: ben.id,
      cohortId: cohort.id,
      status: "COMPLETED",
    });
    const { sessionId } = await swapRoles(t.db, first.id, ben.id);
    const swapped = await t.db.interviewSession.findUniqueOrThrow({
      where: { id: sessionId },
      include: { prompt: true },
    });
    expect(swapped).toMatchObject({
      interviewerId: ben.id,
      candidateId: ana.id,
      cohortId: cohort.id,
      status: "SCHEDULED",
    });
    expect(swapped.prompt.kind).toBe("SYSTEM_DESIGN");
    const original = await t.db.interviewSession.findUniqueOrThrow({
      where: { id: first.id },
      include: { prompt: true },
    });
    expect(swapped.prompt.slug).not.toBe(original.prompt.slug);
    expect(await swapRoles(t.db, first.id, ana.id)).toEqual({ sessionId });
    expect((await listNotifications(t.db, ana.id))[0]).toMatchObject({
      kind: "SESSION_SCHEDULED",
      href: `/sessions/${sessionId}`,
    });
  });

  it("is refused before the end and to someone with no part in it", async () => {
    const live = await seedSession(t.db, { interviewerId: ana.id, candidateId: ben.id, status: "LIVE" });
    await expect(swapRoles(t.db, live.id, ana.id)).rejects.toBeInstanceOf(ConflictError);
    const done = await seedSession(t.db, { interviewerId: ana.id, candidateId: ben.id, status: "COMPLETED" });
    await expect(swapRoles(t.db, done.id, stranger.id)).rejects.toThrow("No such session");
  });

  it("meets a week later at the same time, or tomorrow when that has passed", () => {
    const now = Date.parse("2026-03-10T12:00:00Z");
    expect(
      swapTime({ scheduledAt: new Date("2026-03-09T18:00:00Z"), startedAt: null }, now).toISOString(),
    ).toBe("2026-03-16T18:00:00.000Z");
    expect(
      swapTime({ scheduledAt: new Date("2026-02-01T18:00:00Z"), startedAt: null }, now).toISOString(),
    ).toBe("2026-03-11T12:00:00.000Z");
  });
});
