import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leaveCohort } from "../cohorts/members";
import { NotFoundError } from "../errors";
import { type SeededUser, seedCohort, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import {
  createCalendarFeed,
  getCalendarFeedStatus,
  resolveCalendarFeed,
  revokeCalendarFeed,
} from "./calendar-feeds";
import { getSessionCalendarEntry, listCalendarSessions, listCohortSchedule } from "./schedule";

let t: TestDatabase;
let ana: SeededUser;
let ben: SeededUser;
let cy: SeededUser;

beforeAll(async () => {
  t = await createTestDatabase();
  [ana, ben, cy] = await Promise.all([seedUser(t.db), seedUser(t.db), seedUser(t.db)]);
}, 60_000);
afterAll(() => t.drop());

const at = (iso: string) => new Date(iso);
async function schedule(sessionId: string, when: string) {
  await t.db.interviewSession.update({ where: { id: sessionId }, data: { scheduledAt: at(when) } });
}

describe("the cohort schedule", () => {
  it("lists the week's sessions for every member, with prompts only for the two people in each", async () => {
    const cohort = await seedCohort(t.db, {
      owners: [ana.id],
      members: [ben.id, cy.id],
      timeZone: "Europe/Berlin",
    });
    const mine = await seedSession(t.db, { interviewerId: ana.id, candidateId: ben.id, cohortId: cohort.id });
    const later = await seedSession(t.db, { interviewerId: ana.id, candidateId: cy.id, cohortId: cohort.id });
    await schedule(mine.id, "2026-03-02T17:00:00Z");
    await schedule(later.id, "2026-03-20T17:00:00Z");
    const week = await listCohortSchedule(t.db, cohort.id, ben.id, {
      from: at("2026-03-02T00:00:00Z"),
      to: at("2026-03-09T00:00:00Z"),
    });
    expect(week.map((entry) => entry.id)).toEqual([mine.id]);
    expect(week[0]?.mine).toBe(true);
    const all = await listCohortSchedule(t.db, cohort.id, cy.id, {
      from: at("2026-03-01T00:00:00Z"),
      to: at("2026-04-01T00:00:00Z"),
    });
    expect(all.find((entry) => entry.id === mine.id)?.title).toBe("Mock interview");
    expect(all.find((entry) => entry.id === later.id)?.title).not.toBe("Mock interview");
    const entry = await getSessionCalendarEntry(t.db, mine.id, ben.id);
    expect(entry).toMatchObject({
      timeZone: "Europe/Berlin",
      role: "candidate",
      start: at("2026-03-02T17:00:00Z"),
    });
  });
});

describe("a person's calendar feed", () => {
  it("opens with its token, lists only that person's sessions, and stops working when revoked", async () => {
    const cohort = await seedCohort(t.db, { owners: [ana.id], members: [ben.id, cy.id] });
    const bens = await seedSession(t.db, { interviewerId: ana.id, candidateId: ben.id, cohortId: cohort.id });
    const cys = await seedSession(t.db, { interviewerId: ana.id, candidateId: cy.id, cohortId: cohort.id });
    await schedule(bens.id, new Date(Date.now() + 86_400_000).toISOString());
    await schedule(cys.id, new Date(Date.now() + 86_400_000).toISOString());
    const { token } = await createCalendarFeed(t.db, ben.id);
    const { userId } = await resolveCalendarFeed(t.db, token);
    expect(userId).toBe(ben.id);
    const sessions = await listCalendarSessions(t.db, userId);
    expect(sessions.map((entry) => entry.sessionId)).toContain(bens.id);
    expect(sessions.map((entry) => entry.sessionId)).not.toContain(cys.id);
    expect(await getCalendarFeedStatus(t.db, ben.id)).not.toBeNull();
    await revokeCalendarFeed(t.db, ben.id);
    await expect(resolveCalendarFeed(t.db, token)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getCalendarFeedStatus(t.db, ben.id)).toBeNull();
  });

  it("a new feed replaces the old one, and a cohort one left drops out of it", async () => {
    const cohort = await seedCohort(t.db, { owners: [ana.id], members: [cy.id] });
    const session = await seedSession(t.db, {
      interviewerId: ana.id,
      candidateId: cy.id,
      cohortId: cohort.id,
    });
    await schedule(session.id, new Date(Date.now() + 86_400_000).toISOString());
    const first = await createCalendarFeed(t.db, cy.id);
    const second = await createCalendarFeed(t.db, cy.id);
    await expect(resolveCalendarFeed(t.db, first.token)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCalendarSessions(t.db, cy.id)).map((entry) => entry.sessionId)).toContain(session.id);
    await leaveCohort(t.db, cohort.id, cy.id);
    await resolveCalendarFeed(t.db, second.token);
    expect((await listCalendarSessions(t.db, cy.id)).map((entry) => entry.sessionId)).not.toContain(
      session.id,
    );
  });
});
