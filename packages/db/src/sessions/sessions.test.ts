import { boardDocIdForSession } from "@mockboard/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, QuotaExceededError } from "../errors";
import { getSessionForParticipant } from "../live-session/room";
import { type SeededUser, seedCohort, seedPrompt, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { countSessionsForUser, listSessionsForUser } from "./session-lists";
import { createSession, SESSIONS_PER_DAY } from "./sessions";

let t: TestDatabase;
let interviewer: SeededUser;
let candidate: SeededUser;
let coach: SeededUser;
let member: SeededUser;
let stranger: SeededUser;
let cohortId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  [interviewer, candidate, coach, member, stranger] = await Promise.all([
    seedUser(t.db),
    seedUser(t.db),
    seedUser(t.db),
    seedUser(t.db),
    seedUser(t.db),
  ]);
  cohortId = (
    await seedCohort(t.db, {
      owners: [interviewer.id],
      coaches: [coach.id],
      members: [candidate.id, member.id],
    })
  ).id;
}, 60_000);
afterAll(() => t.drop());

describe("creating a session", () => {
  it("makes the creator the interviewer, names the board with the protocol's doc id and logs CREATED", async () => {
    const prompt = await seedPrompt(t.db);
    const session = await createSession(t.db, { promptId: prompt.id, creatorId: interviewer.id });
    expect(session.boardDocId).toBe(boardDocIdForSession(session.id));
    const stored = await t.db.interviewSession.findUniqueOrThrow({
      where: { id: session.id },
      include: { events: true },
    });
    expect(stored).toMatchObject({ interviewerId: interviewer.id, title: prompt.title, status: "SCHEDULED" });
    expect(stored.events.map((event) => event.kind)).toEqual(["CREATED"]);
  });

  it("refuses a cohort prompt to someone outside the cohort, as if it did not exist", async () => {
    const prompt = await seedPrompt(t.db, { cohortId });
    await expect(createSession(t.db, { promptId: prompt.id, creatorId: stranger.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses to file a session under a cohort the creator is not in", async () => {
    const prompt = await seedPrompt(t.db);
    await expect(
      createSession(t.db, { promptId: prompt.id, creatorId: stranger.id, cohortId }),
    ).rejects.toThrow("No such cohort");
  });
});

describe("reading a session as a participant", () => {
  it("gives the interviewer the guide and the invite code, and an editable board", async () => {
    const { id } = await seedSession(t.db, { interviewerId: interviewer.id, cohortId });
    const view = await getSessionForParticipant(t.db, id, interviewer.id);
    expect(view.role).toBe("interviewer");
    expect(view.can.board).toBe("edit");
    expect(view.session.prompt.guide?.keyPoints.length).toBeGreaterThan(0);
    expect(view.session.inviteCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(view.session.phasePlan.length).toBeGreaterThan(0);
  });

  it("never gives the candidate the guide or the invite code", async () => {
    const { id } = await seedSession(t.db, { interviewerId: interviewer.id, candidateId: candidate.id });
    const view = await getSessionForParticipant(t.db, id, candidate.id);
    expect(view.role).toBe("candidate");
    expect(view.session.prompt.guide).toBeNull();
    expect(view.session.inviteCode).toBeNull();
    expect(view.session.prompt.brief.summary.length).toBeGreaterThan(0);
  });

  it("lets a cohort coach observe with the guide but only view the board", async () => {
    const { id } = await seedSession(t.db, { interviewerId: interviewer.id, cohortId });
    const view = await getSessionForParticipant(t.db, id, coach.id);
    expect(view.role).toBe("observer");
    expect(view.can.board).toBe("view");
    expect(view.session.prompt.guide).not.toBeNull();
  });

  it("hides the session from a plain cohort member and from a stranger", async () => {
    const { id } = await seedSession(t.db, { interviewerId: interviewer.id, cohortId });
    for (const outsider of [member, stranger]) {
      await expect(getSessionForParticipant(t.db, id, outsider.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getSessionForParticipant(t.db, "no-such-session", interviewer.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("gives no guide to an interviewer who is the candidate of an open interview on the same prompt", async () => {
    const prompt = await seedPrompt(t.db);
    await seedSession(t.db, {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      promptId: prompt.id,
      status: "LIVE",
    });
    const own = await createSession(t.db, { promptId: prompt.id, creatorId: candidate.id });
    const view = await getSessionForParticipant(t.db, own.id, candidate.id);
    expect(view.role).toBe("interviewer");
    expect(view.can.guide).toBe(false);
    expect(view.session.prompt.guide).toBeNull();
  });

  it("gives no guide to an observing coach who is the candidate of an open interview on the same prompt", async () => {
    const prompt = await seedPrompt(t.db);
    await seedSession(t.db, { interviewerId: interviewer.id, candidateId: coach.id, promptId: prompt.id });
    const watched = await seedSession(t.db, { interviewerId: interviewer.id, cohortId, promptId: prompt.id });
    const view = await getSessionForParticipant(t.db, watched.id, coach.id);
    expect(view.role).toBe("observer");
    expect(view.session.prompt.guide).toBeNull();
  });

  it("gives a plain member who interviews on a cohort's own prompt no guide, and its owner the guide", async () => {
    const prompt = await seedPrompt(t.db, { cohortId });
    const members = await createSession(t.db, { promptId: prompt.id, creatorId: member.id });
    expect((await getSessionForParticipant(t.db, members.id, member.id)).session.prompt.guide).toBeNull();
    const owners = await createSession(t.db, { promptId: prompt.id, creatorId: interviewer.id });
    expect(
      (await getSessionForParticipant(t.db, owners.id, interviewer.id)).session.prompt.guide,
    ).not.toBeNull();
  });

  it("turns the board read-only for everyone once the session is over", async () => {
    const { id } = await seedSession(t.db, {
      interviewerId: interviewer.id,
      candidateId: candidate.id,
      status: "COMPLETED",
    });
    expect((await getSessionForParticipant(t.db, id, interviewer.id)).can.board).toBe("view");
    expect((await getSessionForParticipant(t.db, id, candidate.id)).can.board).toBe("view");
  });
});

describe("listing sessions", () => {
  it("lists the sessions a person ran or sat, newest first, and counts them", async () => {
    const person = await seedUser(t.db);
    const other = await seedUser(t.db);
    const ran = await seedSession(t.db, { interviewerId: person.id, status: "COMPLETED" });
    const sat = await seedSession(t.db, { interviewerId: other.id, candidateId: person.id });
    await seedSession(t.db, { interviewerId: other.id });
    const listed = await listSessionsForUser(t.db, person.id);
    expect(listed.map((session) => session.id)).toEqual([sat.id, ran.id]);
    expect(listed[0]?.interviewer.name).toBe(other.name);
    expect(await countSessionsForUser(t.db, person.id)).toEqual({
      asInterviewer: 1,
      asCandidate: 1,
      completed: 1,
    });
  });
});

describe("creating sessions", () => {
  it("keeps a cohort's own prompt inside that cohort", async () => {
    const owner = await seedUser(t.db);
    const mine = await seedCohort(t.db, { owners: [owner.id] });
    const theirs = await seedCohort(t.db, { owners: [owner.id] });
    const prompt = await seedPrompt(t.db, { cohortId: mine.id });
    await expect(
      createSession(t.db, { promptId: prompt.id, creatorId: owner.id, cohortId: theirs.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createSession(t.db, { promptId: prompt.id, creatorId: owner.id })).resolves.toHaveProperty(
      "id",
    );
  });

  it("stops one person creating more than the daily number of sessions", async () => {
    const busy = await seedUser(t.db);
    const prompt = await seedPrompt(t.db);
    const since = new Date();
    await t.db.interviewSession.createMany({
      data: Array.from({ length: SESSIONS_PER_DAY }, (_, index) => ({
        id: `quota-${index}-${busy.id}`.slice(0, 16).padEnd(16, "x"),
        title: "filler",
        promptId: prompt.id,
        interviewerId: busy.id,
        createdById: busy.id,
        phasePlan: [],
        livekitRoom: `quota-room-${index}-${busy.id}`,
        boardDocId: `quota-doc-${index}-${busy.id}`,
        createdAt: since,
      })),
    });
    await expect(createSession(t.db, { promptId: prompt.id, creatorId: busy.id })).rejects.toBeInstanceOf(
      QuotaExceededError,
    );
  });
});

describe("listing sessions", () => {
  it("filters by the user's side of the table and by live, upcoming or past, with the feedback stage", async () => {
    const me = await seedUser(t.db);
    const other = await seedUser(t.db);
    const live = await seedSession(t.db, { interviewerId: me.id, candidateId: other.id, status: "LIVE" });
    const upcoming = await seedSession(t.db, { interviewerId: other.id, candidateId: me.id });
    const past = await seedSession(t.db, { interviewerId: me.id, status: "COMPLETED" });
    const ids = async (filter: Parameters<typeof listSessionsForUser>[2]) =>
      (await listSessionsForUser(t.db, me.id, filter)).map((session) => session.id).sort();
    expect(await ids({})).toEqual([live.id, upcoming.id, past.id].sort());
    expect(await ids({ role: "candidate" })).toEqual([upcoming.id]);
    expect(await ids({ when: "live" })).toEqual([live.id]);
    expect(await ids({ role: "interviewer", when: "past" })).toEqual([past.id]);
    const [summary] = await listSessionsForUser(t.db, me.id, { when: "past" });
    expect(summary).toMatchObject({
      scorecardSubmitted: false,
      feedbackReleased: false,
      selfAssessed: false,
    });
  });
});
