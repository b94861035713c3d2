import { RUN_REPORT_GRACE_MS } from "@mockboard/interview";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ConflictError, ForbiddenError } from "../errors";
import { seedCohort, seedPrompt, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { CODE_EVENTS_PER_SESSION, chooseSurface, recordCodeEvent } from "./code-pad";
import { listenForSessionChanges, type SessionChange } from "./feed";
import { endSession, startSession } from "./lifecycle";
import { getRoomState } from "./room-state";
import { getTimeline } from "./timeline";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function scene(from: string) {
  const interviewer = await seedUser(t.db, { name: "Priya" });
  const candidate = await seedUser(t.db, { name: "Sam" });
  const coach = await seedUser(t.db);
  const cohort = await seedCohort(t.db, {
    owners: [interviewer.id],
    coaches: [coach.id],
    members: [candidate.id],
  });
  const prompt = await seedPrompt(t.db, { from });
  const session = await seedSession(t.db, {
    interviewerId: interviewer.id,
    candidateId: candidate.id,
    cohortId: cohort.id,
    promptId: prompt.id,
  });
  await startSession(t.db, session.id, interviewer.id);
  return { interviewer, candidate, coach, session };
}

const run = {
  kind: "run",
  mode: "tests",
  language: "python",
  status: "ok",
  durationMs: 1234,
  passed: 1,
  total: 2,
  startedAt: 0,
} as const;

/** Session time at the session's end (its clock stops there). */
async function endTime(sessionId: string): Promise<number> {
  const { startedAt, endedAt } = await t.db.interviewSession.findUniqueOrThrow({ where: { id: sessionId } });
  return (endedAt?.getTime() ?? 0) - (startedAt?.getTime() ?? 0);
}

describe("the room's surfaces", () => {
  it("opens an algorithms round on the code pad and a design round on the board", async () => {
    const coding = await scene("closest-readings-from-two-sensors");
    expect((await getRoomState(t.db, coding.session.id, coding.candidate.id)).surface).toBe("code");
    const design = await scene("url-shortener");
    expect((await getRoomState(t.db, design.session.id, design.candidate.id)).surface).toBe("board");
  });

  it("follows the interviewer's choice for everyone, tells every open room, and puts it on the timeline", async () => {
    const { interviewer, candidate, session } = await scene("url-shortener");
    const changes: SessionChange[] = [];
    const feed = listenForSessionChanges(t.url, (change) => changes.push(change));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await chooseSurface(t.db, session.id, interviewer.id, { surface: "both" });
    expect((await getRoomState(t.db, session.id, candidate.id)).surface).toBe("both");
    await expect.poll(() => changes).toContainEqual({ sessionId: session.id, kind: "surface" });
    await feed.close();
    const timeline = await getTimeline(t.db, session.id, candidate.id);
    expect(timeline.map((entry) => entry.text)).toContain("Priya showed the board and the code");
    // Choosing what is already shown changes nothing.
    await chooseSurface(t.db, session.id, interviewer.id, { surface: "both" });
    expect(await t.db.sessionEvent.count({ where: { sessionId: session.id, kind: "SURFACE_CHANGED" } })).toBe(
      1,
    );
  });

  it("is chosen by the interviewer only, and only while the session is open", async () => {
    const { interviewer, candidate, coach, session } = await scene("url-shortener");
    await expect(chooseSurface(t.db, session.id, candidate.id, { surface: "code" })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(chooseSurface(t.db, session.id, coach.id, { surface: "code" })).rejects.toThrow(
      ForbiddenError,
    );
    await endSession(t.db, session.id, interviewer.id);
    await expect(chooseSurface(t.db, session.id, interviewer.id, { surface: "code" })).rejects.toThrow(
      ConflictError,
    );
  });
});

describe("code pad events on the timeline", () => {
  it("records a run's result and a language change, never the code, for either participant", async () => {
    const { interviewer, candidate, session } = await scene("closest-readings-from-two-sensors");
    await recordCodeEvent(t.db, session.id, candidate.id, run);
    await recordCodeEvent(t.db, session.id, interviewer.id, {
      kind: "language",
      from: "python",
      to: "typescript",
    });
    const events = await t.db.sessionEvent.findMany({
      where: { sessionId: session.id, kind: { in: ["CODE_RUN", "CODE_LANGUAGE_CHANGED"] } },
      orderBy: { at: "asc" },
    });
    expect(events.map((event) => event.data)).toEqual([
      { mode: "tests", language: "python", status: "ok", durationMs: 1234, passed: 1, total: 2 },
      { from: "python", to: "typescript" },
    ]);
    const texts = (await getTimeline(t.db, session.id, candidate.id)).map((entry) => entry.text);
    expect(texts).toContain("Sam ran the tests (Python): finished in 1.2 s, 1/2 tests passed");
    expect(texts).toContain("Priya switched the code to TypeScript");
  });

  it("refuses observers, a run after the end, and anything that is not a known event", async () => {
    const { interviewer, coach, session } = await scene("closest-readings-from-two-sensors");
    await expect(recordCodeEvent(t.db, session.id, coach.id, run)).rejects.toThrow(ForbiddenError);
    await expect(
      recordCodeEvent(t.db, session.id, interviewer.id, { ...run, language: "cobol" } as never),
    ).rejects.toThrow();
    await expect(
      recordCodeEvent(t.db, session.id, interviewer.id, { ...run, code: "print(1)" } as never),
    ).resolves.toBeUndefined();
    const stored = await t.db.sessionEvent.findFirst({ where: { sessionId: session.id, kind: "CODE_RUN" } });
    expect(stored?.data).not.toHaveProperty("code");
    await expect(
      recordCodeEvent(t.db, session.id, interviewer.id, { ...run, startedAt: -1 }),
    ).rejects.toThrow(ZodError);
    await endSession(t.db, session.id, interviewer.id);
    const end = await endTime(session.id);
    await expect(
      recordCodeEvent(t.db, session.id, interviewer.id, { ...run, startedAt: end + 1 }),
    ).rejects.toThrow(ConflictError);
  });

  it("keeps a run that started before the end and reports just after it, at the moment it started", async () => {
    const { interviewer, candidate, coach, session } = await scene("closest-readings-from-two-sensors");
    const { startedAt } = await t.db.interviewSession.findUniqueOrThrow({ where: { id: session.id } });
    await endSession(t.db, session.id, interviewer.id);
    const started = Math.max(0, (await endTime(session.id)) - 5);
    await recordCodeEvent(t.db, session.id, candidate.id, { ...run, startedAt: started });
    const stored = await t.db.sessionEvent.findFirstOrThrow({
      where: { sessionId: session.id, kind: "CODE_RUN" },
    });
    expect(stored.at.getTime()).toBe((startedAt?.getTime() ?? 0) + started);
    const ended = await t.db.sessionEvent.findFirstOrThrow({
      where: { sessionId: session.id, kind: "ENDED" },
    });
    expect(stored.at.getTime()).toBeLessThanOrEqual(ended.at.getTime());
    const texts = (await getTimeline(t.db, session.id, candidate.id)).map((entry) => entry.text);
    expect(texts).toContain("Sam ran the tests (Python): finished in 1.2 s, 1/2 tests passed");
    // Observers never may, before or after the end.
    await expect(recordCodeEvent(t.db, session.id, coach.id, { ...run, startedAt: started })).rejects.toThrow(
      ForbiddenError,
    );
  });

  it(`refuses a run's result once ${RUN_REPORT_GRACE_MS / 1000} s have passed since the end`, async () => {
    const { interviewer, candidate, session } = await scene("closest-readings-from-two-sensors");
    await endSession(t.db, session.id, interviewer.id);
    const longAgo = Date.now() - RUN_REPORT_GRACE_MS - 1000;
    await t.db.interviewSession.update({
      where: { id: session.id },
      data: { startedAt: new Date(longAgo - 60_000), endedAt: new Date(longAgo) },
    });
    await expect(
      recordCodeEvent(t.db, session.id, candidate.id, { ...run, startedAt: 30_000 }),
    ).rejects.toThrow(ConflictError);
    expect(await t.db.sessionEvent.count({ where: { sessionId: session.id, kind: "CODE_RUN" } })).toBe(0);
  });

  it(`keeps at most ${CODE_EVENTS_PER_SESSION} code pad events per session`, async () => {
    const { candidate, session } = await scene("closest-readings-from-two-sensors");
    await t.db.sessionEvent.createMany({
      data: Array.from({ length: CODE_EVENTS_PER_SESSION }, () => ({
        sessionId: session.id,
        kind: "CODE_RUN" as const,
        actorId: candidate.id,
        data: {},
      })),
    });
    await expect(recordCodeEvent(t.db, session.id, candidate.id, run)).rejects.toThrow(ConflictError);
  });
});
