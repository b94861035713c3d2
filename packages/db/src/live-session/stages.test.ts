import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { seedCohort, seedPrompt, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { listenForSessionChanges, type SessionChange } from "./feed";
import { startSession } from "./lifecycle";
import { getSessionForParticipant } from "./room";
import { getRoomState } from "./room-state";
import { revealStage } from "./stages";
import { getTimeline } from "./timeline";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const stages = [
  {
    key: "level-2",
    title: "Level 2: limits",
    summary: "Add per-client limits.",
    requirements: ["Refuse with 429"],
  },
  { key: "level-3", title: "Level 3: threads", summary: "Make it safe under concurrency.", requirements: [] },
];

async function scene(options: { live?: boolean } = {}) {
  const interviewer = await seedUser(t.db);
  const candidate = await seedUser(t.db);
  const coach = await seedUser(t.db);
  const cohort = await seedCohort(t.db, {
    owners: [interviewer.id],
    coaches: [coach.id],
    members: [candidate.id],
  });
  const prompt = await seedPrompt(t.db, { stages });
  const session = await seedSession(t.db, {
    interviewerId: interviewer.id,
    candidateId: candidate.id,
    cohortId: cohort.id,
    promptId: prompt.id,
  });
  if (options.live !== false) await startSession(t.db, session.id, interviewer.id);
  return { interviewer, candidate, coach, session };
}

const stageKeys = async (sessionId: string, userId: string) =>
  (await getSessionForParticipant(t.db, sessionId, userId)).session.prompt.stages.map(
    (view) => `${view.stage.key}${view.revealed ? "" : " (hidden)"}`,
  );

describe("staged parts of a prompt in the room", () => {
  it("the candidate receives no part before the interviewer reveals it, the interviewer and coach every part", async () => {
    const { interviewer, candidate, coach, session } = await scene();
    expect(await stageKeys(session.id, candidate.id)).toEqual([]);
    expect(await stageKeys(session.id, interviewer.id)).toEqual(["level-2 (hidden)", "level-3 (hidden)"]);
    expect(await stageKeys(session.id, coach.id)).toEqual(["level-2 (hidden)", "level-3 (hidden)"]);
  });

  it("a reveal shows the candidate that part and no other, and counts in everyone's room state", async () => {
    const { interviewer, candidate, session } = await scene();
    expect(await revealStage(t.db, session.id, interviewer.id, { stageKey: "level-2" })).toEqual({
      revealed: 1,
    });
    expect(await stageKeys(session.id, candidate.id)).toEqual(["level-2"]);
    expect(await stageKeys(session.id, interviewer.id)).toEqual(["level-2", "level-3 (hidden)"]);
    expect((await getRoomState(t.db, session.id, candidate.id)).stagesRevealed).toBe(1);
  });

  it("parts are revealed one at a time, in order, and never twice", async () => {
    const { interviewer, session } = await scene();
    await expect(
      revealStage(t.db, session.id, interviewer.id, { stageKey: "level-3" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await revealStage(t.db, session.id, interviewer.id, { stageKey: "level-2" });
    await expect(
      revealStage(t.db, session.id, interviewer.id, { stageKey: "level-2" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await revealStage(t.db, session.id, interviewer.id, { stageKey: "level-3" });
    await expect(revealStage(t.db, session.id, interviewer.id, { stageKey: "level-3" })).rejects.toThrow(
      /already revealed/,
    );
  });

  it("only the interviewer reveals, and only while the session is live", async () => {
    const { interviewer, candidate, coach, session } = await scene({ live: false });
    await expect(
      revealStage(t.db, session.id, interviewer.id, { stageKey: "level-2" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await startSession(t.db, session.id, interviewer.id);
    for (const someone of [candidate, coach])
      await expect(revealStage(t.db, session.id, someone.id, { stageKey: "level-2" })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    const stranger = await seedUser(t.db);
    await expect(revealStage(t.db, session.id, stranger.id, { stageKey: "level-2" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await getRoomState(t.db, session.id, interviewer.id)).stagesRevealed).toBe(0);
  });

  it("a reveal is on everyone's timeline and tells every open room to refetch", async () => {
    const { interviewer, candidate, session } = await scene();
    const changes: SessionChange[] = [];
    const listener = listenForSessionChanges(t.url, (change) => changes.push(change));
    try {
      // Listening once a probe comes back, so the reveal's notification cannot be missed.
      await expect
        .poll(async () => {
          await t.db
            .$executeRaw`select pg_notify('mockboard_session_feed', ${JSON.stringify({ sessionId: "probe", kind: "timer" })})`;
          return changes.length;
        })
        .toBeGreaterThan(0);
      await revealStage(t.db, session.id, interviewer.id, { stageKey: "level-2" });
      await expect
        .poll(() => changes.filter((change) => change.sessionId === session.id))
        .toContainEqual({
          sessionId: session.id,
          kind: "stages",
        });
    } finally {
      await listener.close();
    }
    const timeline = await getTimeline(t.db, session.id, candidate.id);
    expect(timeline.map((entry) => entry.kind)).toContain("STAGE_REVEALED");
    expect(timeline.find((entry) => entry.kind === "STAGE_REVEALED")?.text).toMatch(
      /revealed part 2: Level 2: limits$/,
    );
  });
});
