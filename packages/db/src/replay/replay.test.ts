import { defaultSurface } from "@mockboard/interview";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { chooseSurface } from "../live-session/code-pad";
import { endSession, startSession } from "../live-session/lifecycle";
import { releaseFeedback, saveScorecard, submitScorecard } from "../scorecards/scorecards";
import { type SeededUser, seedCohort, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { loadReplayAccess } from "./replay-access";
import { loadReplayView } from "./replay-view";
import { getReplaySharing, revokeReplayShare, shareReplay } from "./shares";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function scene() {
  const [interviewer, candidate, coach, member, stranger, otherCoach] = (await Promise.all(
    Array.from({ length: 6 }, () => seedUser(t.db)),
  )) as [SeededUser, SeededUser, SeededUser, SeededUser, SeededUser, SeededUser];
  const cohort = await seedCohort(t.db, {
    owners: [interviewer.id],
    coaches: [coach.id],
    members: [candidate.id, member.id],
  });
  await seedCohort(t.db, { coaches: [otherCoach.id] });
  const session = await seedSession(t.db, {
    interviewerId: interviewer.id,
    candidateId: candidate.id,
    cohortId: cohort.id,
  });
  await startSession(t.db, session.id, interviewer.id);
  return { interviewer, candidate, coach, member, stranger, otherCoach, session };
}

const refused = (work: Promise<unknown>) => expect(work).rejects.toBeInstanceOf(NotFoundError);

describe("who watches a replay", () => {
  it("nobody before the end; after it the participants and the cohort's coach, nobody else", async () => {
    const { interviewer, candidate, coach, member, stranger, otherCoach, session } = await scene();
    for (const person of [interviewer, candidate, coach])
      await refused(loadReplayAccess(t.db, session.id, person.id));
    await endSession(t.db, session.id, interviewer.id);
    expect((await loadReplayAccess(t.db, session.id, interviewer.id)).role).toBe("interviewer");
    expect((await loadReplayAccess(t.db, session.id, candidate.id)).role).toBe("candidate");
    expect((await loadReplayAccess(t.db, session.id, coach.id)).role).toBe("observer");
    for (const person of [member, stranger, otherCoach])
      await refused(loadReplayAccess(t.db, session.id, person.id));
  });

  it("the candidate reads notes and scores only once feedback is released", async () => {
    const { interviewer, candidate, session } = await scene();
    await endSession(t.db, session.id, interviewer.id);
    const before = await loadReplayView(t.db, session.id, candidate.id);
    expect(before.notes).toBeNull();
    expect(before.scorecard).toBeNull();
    expect(before.feedback).toBeNull();
    const view = await loadReplayView(t.db, session.id, interviewer.id);
    const levels = Object.fromEntries(view.scorecard?.rubric.dimensions.map((d) => [d.key, 3]) ?? []);
    await saveScorecard(t.db, session.id, interviewer.id, {
      levels,
      evidence: {},
      recommendation: "YES",
      summary: "Good",
    });
    await submitScorecard(t.db, session.id, interviewer.id);
    await releaseFeedback(t.db, session.id, interviewer.id);
    const after = await loadReplayView(t.db, session.id, candidate.id);
    expect(after.notes).toBeNull();
    expect(after.feedback?.interviewer?.summary).toBe("Good");
  });
});

describe("what the replay opens on", () => {
  it("the surface the room showed at the end: the round's default, or the interviewer's last choice", async () => {
    const { interviewer, candidate, session } = await scene();
    await endSession(t.db, session.id, interviewer.id);
    const { prompt } = await t.db.interviewSession.findUniqueOrThrow({
      where: { id: session.id },
      select: { prompt: { select: { roundType: true } } },
    });
    expect((await loadReplayView(t.db, session.id, candidate.id)).surface).toBe(
      defaultSurface(prompt.roundType),
    );
    const coding = await scene();
    await chooseSurface(t.db, coding.session.id, coding.interviewer.id, { surface: "both" });
    await endSession(t.db, coding.session.id, coding.interviewer.id);
    expect((await loadReplayView(t.db, coding.session.id, coding.candidate.id)).surface).toBe("both");
  });
});

describe("sharing a replay", () => {
  it("a participant shares with a cohort member, who watches until the share is revoked", async () => {
    const { interviewer, candidate, member, session } = await scene();
    await endSession(t.db, session.id, interviewer.id);
    expect(
      (await getReplaySharing(t.db, session.id, candidate.id)).candidates.map((c) => c.userId),
    ).toContain(member.id);
    await shareReplay(t.db, session.id, candidate.id, member.id);
    const guest = await loadReplayView(t.db, session.id, member.id);
    expect(guest.access.role).toBe("guest");
    expect([guest.notes, guest.scorecard, guest.feedback]).toEqual([null, null, null]);
    expect((await getReplaySharing(t.db, session.id, candidate.id)).shares.map((s) => s.userId)).toEqual([
      member.id,
    ]);
    // The interviewer cannot revoke the candidate's share; the candidate can.
    await refused(revokeReplayShare(t.db, session.id, interviewer.id, member.id));
    await revokeReplayShare(t.db, session.id, candidate.id, member.id);
    await refused(loadReplayAccess(t.db, session.id, member.id));
  });

  it("only with members of the session's cohort, never by an observer, never before the end", async () => {
    const { interviewer, coach, member, stranger, session } = await scene();
    await refused(shareReplay(t.db, session.id, interviewer.id, member.id));
    await endSession(t.db, session.id, interviewer.id);
    await refused(shareReplay(t.db, session.id, interviewer.id, stranger.id));
    await expect(shareReplay(t.db, session.id, coach.id, member.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(shareReplay(t.db, session.id, interviewer.id, interviewer.id)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("a share stops when the recipient leaves the cohort", async () => {
    const { interviewer, member, session } = await scene();
    await endSession(t.db, session.id, interviewer.id);
    await shareReplay(t.db, session.id, interviewer.id, member.id);
    const { cohortId } = await t.db.interviewSession.findUniqueOrThrow({ where: { id: session.id } });
    await t.db.cohortMember.delete({
      where: { cohortId_userId: { cohortId: cohortId as string, userId: member.id } },
    });
    await refused(loadReplayAccess(t.db, session.id, member.id));
  });
});
