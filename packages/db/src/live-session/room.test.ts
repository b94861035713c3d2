import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listNotes, saveNote } from "../notes/notes";
import { getFeedback } from "../scorecards/feedback";
import { getScorecard, releaseFeedback, saveScorecard, submitScorecard } from "../scorecards/scorecards";
import { getSelfAssessment, saveSelfAssessment } from "../scorecards/self-assessments";
import { sessionRubric } from "../scorecards/session-rubric";
import { type SeededUser, seedCohort, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { endSession, startSession } from "./lifecycle";
import { getSessionForParticipant, loadRoom, type RoomView } from "./room";
import { getRoomState } from "./room-state";
import { getTimeline } from "./timeline";

let t: TestDatabase;
let interviewer: SeededUser;
let candidate: SeededUser;
let coach: SeededUser;
let cohortId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  [interviewer, candidate, coach] = await Promise.all([seedUser(t.db), seedUser(t.db), seedUser(t.db)]);
  cohortId = (
    await seedCohort(t.db, { owners: [interviewer.id], coaches: [coach.id], members: [candidate.id] })
  ).id;
}, 60_000);
afterAll(() => t.drop());

/**
 * A session taken through the domain to `until`, with a private and a shared note; "edited"
 * is released, then edited by the interviewer without releasing again.
 */
async function scene(until: "live" | "ended" | "released" | "edited") {
  const session = await seedSession(t.db, {
    interviewerId: interviewer.id,
    candidateId: candidate.id,
    cohortId,
  });
  await startSession(t.db, session.id, interviewer.id);
  const { dimensions } = await sessionRubric(t.db, session.id);
  const keys = dimensions.map((dimension) => dimension.key);
  await saveNote(t.db, session.id, interviewer.id, `private-${session.id}`, {
    text: "Sized the index well",
    dimensionKey: keys[0] ?? null,
  });
  await saveNote(t.db, session.id, interviewer.id, `shared-${session.id}`, {
    text: "for coaches",
    visibility: "SHARED",
  });
  if (until === "live") return session.id;
  await endSession(t.db, session.id, interviewer.id);
  const levels = Object.fromEntries(keys.map((key) => [key, 3]));
  await saveScorecard(t.db, session.id, interviewer.id, {
    levels,
    evidence: {},
    recommendation: "YES",
    summary: "Clear and careful.",
  });
  await saveSelfAssessment(t.db, session.id, candidate.id, { levels, summary: "I rushed" }, { submit: true });
  if (until === "ended") return session.id;
  await submitScorecard(t.db, session.id, interviewer.id);
  await releaseFeedback(t.db, session.id, interviewer.id);
  if (until === "released") return session.id;
  await saveScorecard(t.db, session.id, interviewer.id, {
    levels: Object.fromEntries(keys.map((key) => [key, 1])),
    evidence: {},
    recommendation: "NO",
    summary: "Second thoughts, not released.",
  });
  return session.id;
}

/** What each panel's own route answers the same person, or null where it refuses them. */
async function panelsOneByOne(sessionId: string, userId: string) {
  const orNull = <T>(promise: Promise<T>) => promise.catch(() => null);
  const [participant, state, timeline, notes, scorecard, selfAssessment, feedback] = await Promise.all([
    getSessionForParticipant(t.db, sessionId, userId),
    getRoomState(t.db, sessionId, userId),
    getTimeline(t.db, sessionId, userId),
    orNull(listNotes(t.db, sessionId, userId)),
    orNull(getScorecard(t.db, sessionId, userId)),
    orNull(getSelfAssessment(t.db, sessionId, userId)),
    orNull(getFeedback(t.db, sessionId, userId)),
  ]);
  return { participant, state, timeline, notes, scorecard, selfAssessment, feedback };
}

function comparable(room: RoomView) {
  return { ...room, state: { ...room.state, serverNow: 0 }, rubric: undefined };
}

describe("the room loader", () => {
  for (const until of ["live", "ended", "released", "edited"] as const)
    it(`hands each person of a ${until} session the same parts as each panel's own route`, async () => {
      const sessionId = await scene(until);
      for (const person of [interviewer, candidate, coach]) {
        const room = await loadRoom(t.db, sessionId, person.id);
        const one = await panelsOneByOne(sessionId, person.id);
        expect(comparable(room)).toEqual(
          comparable({
            ...one.participant,
            state: one.state,
            timeline: one.timeline,
            rubric: null,
            notes: one.notes,
            scorecard: one.scorecard,
            selfAssessment: one.selfAssessment,
            // The room shows feedback once it is released.
            feedback: one.state.feedbackReleased ? one.feedback : null,
          }),
        );
      }
    });

  it("gives the candidate no guide, no phase's look-for, no notes and no scores before release", async () => {
    const sessionId = await scene("ended");
    const room = await loadRoom(t.db, sessionId, candidate.id);
    expect(room.session.prompt.guide).toBeNull();
    expect(room.session.phasePlan.every((phase) => phase.lookFor === undefined)).toBe(true);
    expect([room.notes, room.scorecard, room.feedback, room.state.scorecardSubmitted]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(
      room.timeline.some((entry) => entry.kind === "NOTE_ADDED" || entry.kind === "SCORE_SUBMITTED"),
    ).toBe(false);
    expect(JSON.stringify(room)).not.toContain("Sized the index well");
    expect(JSON.stringify(room)).not.toContain("Clear and careful");
  });

  it("gives the candidate the card as released, not the edits saved since, and their own self-assessment read-only", async () => {
    const sessionId = await scene("edited");
    const room = await loadRoom(t.db, sessionId, candidate.id);
    expect(room.feedback?.interviewer?.summary).toBe("Clear and careful.");
    expect(room.feedback?.interviewer?.recommendation).toBe("YES");
    expect(JSON.stringify(room)).not.toContain("Second thoughts");
    expect(room.can.selfAssessment).toBe("locked");
    expect(room.selfAssessment?.draft.summary).toBe("I rushed");
    const own = await loadRoom(t.db, sessionId, interviewer.id);
    expect(own.scorecard?.unreleasedEdits).toBe(true);
    expect(own.scorecard?.draft.summary).toBe("Second thoughts, not released.");
  });

  it("gives an observing coach the shared notes only, and the interviewer their own", async () => {
    const sessionId = await scene("live");
    const watched = await loadRoom(t.db, sessionId, coach.id);
    expect(watched.notes?.map((note) => note.text)).toEqual(["for coaches"]);
    const own = await loadRoom(t.db, sessionId, interviewer.id);
    expect(own.notes?.map((note) => note.text).sort()).toEqual(["Sized the index well", "for coaches"]);
  });
});
