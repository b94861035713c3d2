import { timerStateAt } from "@mockboard/interview";
import type { BoardAccessChange } from "@mockboard/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenForBoardAccessChanges } from "../board-access";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { seedCohort, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { listenForSessionChanges, type SessionChange } from "./feed";
import { endSession, startSession } from "./lifecycle";
import { getRoomState } from "./room-state";
import { getTimeline } from "./timeline";
import { applyTimerAction } from "./timer";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function scene() {
  const interviewer = await seedUser(t.db);
  const candidate = await seedUser(t.db);
  const session = await seedSession(t.db, { interviewerId: interviewer.id, candidateId: candidate.id });
  return { interviewer, candidate, session };
}

describe("session lifecycle", () => {
  it("only the interviewer starts the session, once", async () => {
    const { interviewer, candidate, session } = await scene();
    await expect(startSession(t.db, session.id, candidate.id)).rejects.toBeInstanceOf(ForbiddenError);
    await startSession(t.db, session.id, interviewer.id);
    await expect(startSession(t.db, session.id, interviewer.id)).rejects.toBeInstanceOf(ConflictError);
    const state = await getRoomState(t.db, session.id, candidate.id);
    expect(state.status).toBe("LIVE");
    expect(state.timerEvents.map((event) => event.kind)).toEqual(["STARTED"]);
  });

  it("a stranger cannot learn that the session exists", async () => {
    const { session } = await scene();
    const stranger = await seedUser(t.db);
    await expect(getRoomState(t.db, session.id, stranger.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(startSession(t.db, session.id, stranger.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("ending the session stops the timer and turns the board read-only", async () => {
    const { interviewer, candidate, session } = await scene();
    await startSession(t.db, session.id, interviewer.id);
    await endSession(t.db, session.id, interviewer.id);
    const state = await getRoomState(t.db, session.id, candidate.id);
    expect(state.status).toBe("COMPLETED");
    expect(state.can.board).toBe("view");
    const phases = state.phases.map((phase) => phase.minutes);
    expect(timerStateAt(phases, state.timerEvents, Date.now() + 60_000).status).toBe("ended");
    await expect(endSession(t.db, session.id, interviewer.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("an observing coach sees the room state but cannot start or end it", async () => {
    const interviewer = await seedUser(t.db);
    const coach = await seedUser(t.db);
    const cohort = await seedCohort(t.db, { coaches: [coach.id], members: [interviewer.id] });
    const session = await seedSession(t.db, { interviewerId: interviewer.id, cohortId: cohort.id });
    expect((await getRoomState(t.db, session.id, coach.id)).role).toBe("observer");
    await expect(startSession(t.db, session.id, coach.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("phase timer actions", () => {
  it("pause, resume, next phase and add time are recorded as events the timer reads", async () => {
    const { interviewer, candidate, session } = await scene();
    await startSession(t.db, session.id, interviewer.id);
    await applyTimerAction(t.db, session.id, interviewer.id, { action: "pause" });
    await applyTimerAction(t.db, session.id, interviewer.id, { action: "resume" });
    await applyTimerAction(t.db, session.id, interviewer.id, { action: "add-time", seconds: 120 });
    await applyTimerAction(t.db, session.id, interviewer.id, { action: "next-phase" });
    const state = await getRoomState(t.db, session.id, candidate.id);
    const timer = timerStateAt(
      state.phases.map((phase) => phase.minutes),
      state.timerEvents,
      state.serverNow,
    );
    expect(timer).toMatchObject({ status: "running", phaseIndex: 1 });
    expect(timer.phaseBudgetMs).toBe((state.phases[1]?.minutes ?? 0) * 60_000);
  });

  it("goes back a phase, but not before the first", async () => {
    const { interviewer, candidate, session } = await scene();
    await startSession(t.db, session.id, interviewer.id);
    await expect(
      applyTimerAction(t.db, session.id, interviewer.id, { action: "previous-phase" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await applyTimerAction(t.db, session.id, interviewer.id, { action: "next-phase" });
    await applyTimerAction(t.db, session.id, interviewer.id, { action: "previous-phase" });
    const state = await getRoomState(t.db, session.id, candidate.id);
    const timer = timerStateAt(
      state.phases.map((phase) => phase.minutes),
      state.timerEvents,
      state.serverNow,
    );
    expect(timer).toMatchObject({ status: "running", phaseIndex: 0 });
  });

  it("refuses actions that do not fit the timer's state", async () => {
    const { interviewer, session } = await scene();
    await expect(
      applyTimerAction(t.db, session.id, interviewer.id, { action: "pause" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await startSession(t.db, session.id, interviewer.id);
    await expect(
      applyTimerAction(t.db, session.id, interviewer.id, { action: "resume" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("the candidate cannot run the timer", async () => {
    const { interviewer, candidate, session } = await scene();
    await startSession(t.db, session.id, interviewer.id);
    await expect(
      applyTimerAction(t.db, session.id, candidate.id, { action: "pause" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("two pauses at the same moment make one event", async () => {
    const { interviewer, candidate, session } = await scene();
    await startSession(t.db, session.id, interviewer.id);
    const results = await Promise.allSettled([
      applyTimerAction(t.db, session.id, interviewer.id, { action: "pause" }),
      applyTimerAction(t.db, session.id, interviewer.id, { action: "pause" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const state = await getRoomState(t.db, session.id, candidate.id);
    expect(state.timerEvents.filter((event) => event.kind === "TIMER_PAUSED")).toHaveLength(1);
  });
});

describe("session feed", () => {
  it("every web process hears a committed change, and the push carries no content", async () => {
    const { interviewer, session } = await scene();
    const heard: SessionChange[] = [];
    const listener = listenForSessionChanges(t.url, (change) => heard.push(change));
    try {
      await expect
        .poll(async () => {
          await t.db
            .$executeRaw`select pg_notify('mockboard_session_feed', ${JSON.stringify({ sessionId: "probe", kind: "timer" })})`;
          return heard.length;
        })
        .toBeGreaterThan(0);
      heard.length = 0;
      await startSession(t.db, session.id, interviewer.id);
      await expect.poll(() => heard).toContainEqual({ sessionId: session.id, kind: "status" });
      expect(Object.keys(heard.at(-1) ?? {}).sort()).toEqual(["kind", "sessionId"]);
    } finally {
      await listener.close();
    }
  });
});

describe("board access follows the session", () => {
  it("ending the session tells the collab server to make every editor a viewer, on commit", async () => {
    const { interviewer, session } = await scene();
    await startSession(t.db, session.id, interviewer.id);
    const heard: BoardAccessChange[] = [];
    const listener = listenForBoardAccessChanges(t.url, (change) => heard.push(change));
    try {
      await listener.ready;
      await endSession(t.db, session.id, interviewer.id);
      await expect
        .poll(() => heard.map(({ docId, access, userId }) => ({ docId, access, userId })), { timeout: 5000 })
        .toContainEqual({
          docId: session.boardDocId,
          access: "viewer",
          userId: undefined,
        });
    } finally {
      await listener.close();
    }
  });
});

describe("session timeline", () => {
  it("lists what happened with session times, and keeps the interviewer's scoring steps from the candidate", async () => {
    const { interviewer, candidate, session } = await scene();
    await startSession(t.db, session.id, interviewer.id);
    await applyTimerAction(t.db, session.id, interviewer.id, { action: "next-phase" });
    await t.db.sessionEvent.create({
      data: { sessionId: session.id, kind: "SCORE_SUBMITTED", actorId: interviewer.id },
    });
    const asInterviewer = await getTimeline(t.db, session.id, interviewer.id);
    expect(asInterviewer.map((entry) => entry.kind)).toEqual(
      expect.arrayContaining(["CREATED", "JOINED", "STARTED", "PHASE_STARTED", "SCORE_SUBMITTED"]),
    );
    expect(asInterviewer.find((entry) => entry.kind === "STARTED")?.offsetMs).toBe(0);
    const asCandidate = await getTimeline(t.db, session.id, candidate.id);
    expect(asCandidate.map((entry) => entry.kind)).not.toContain("SCORE_SUBMITTED");
    await expect(getTimeline(t.db, session.id, (await seedUser(t.db)).id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
