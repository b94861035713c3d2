import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { type SeededUser, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { joinSessionByInvite } from "./invites";

let t: TestDatabase;
let interviewer: SeededUser;
let candidate: SeededUser;
let latecomer: SeededUser;
beforeAll(async () => {
  t = await createTestDatabase();
  [interviewer, candidate, latecomer] = await Promise.all([seedUser(t.db), seedUser(t.db), seedUser(t.db)]);
}, 60_000);
afterAll(() => t.drop());

describe("redeeming an invite link", () => {
  it("makes the first invitee the candidate and records that they joined", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id });
    expect(await joinSessionByInvite(t.db, session.inviteCode, candidate.id)).toEqual({
      sessionId: session.id,
    });
    const stored = await t.db.interviewSession.findUniqueOrThrow({
      where: { id: session.id },
      include: { events: { orderBy: { at: "asc" } } },
    });
    expect(stored.candidateId).toBe(candidate.id);
    expect(stored.events.map((event) => [event.kind, event.actorId])).toContainEqual([
      "JOINED",
      candidate.id,
    ]);
  });

  it("lets the interviewer and the candidate follow the link again without changing anything", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id, candidateId: candidate.id });
    await expect(joinSessionByInvite(t.db, session.inviteCode, interviewer.id)).resolves.toEqual({
      sessionId: session.id,
    });
    await expect(joinSessionByInvite(t.db, session.inviteCode, candidate.id)).resolves.toEqual({
      sessionId: session.id,
    });
    expect(await t.db.sessionEvent.count({ where: { sessionId: session.id, kind: "JOINED" } })).toBe(1);
  });

  it("refuses a code that names no session", async () => {
    const refusal = joinSessionByInvite(t.db, "no-such-code", candidate.id);
    await expect(refusal).rejects.toBeInstanceOf(NotFoundError);
    await expect(refusal).rejects.toThrow("This invite link is not valid");
  });

  it("refuses a second candidate once someone joined", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id, candidateId: candidate.id });
    const refusal = joinSessionByInvite(t.db, session.inviteCode, latecomer.id);
    await expect(refusal).rejects.toBeInstanceOf(ConflictError);
    await expect(refusal).rejects.toThrow("Another candidate already joined this session");
    expect((await t.db.interviewSession.findUniqueOrThrow({ where: { id: session.id } })).candidateId).toBe(
      candidate.id,
    );
  });

  it("lets only one of two people redeeming at the same moment become the candidate", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id });
    const results = await Promise.allSettled([
      joinSessionByInvite(t.db, session.inviteCode, candidate.id),
      joinSessionByInvite(t.db, session.inviteCode, latecomer.id),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.sessionEvent.count({ where: { sessionId: session.id, kind: "JOINED" } })).toBe(1);
  });

  it.each(["COMPLETED", "CANCELLED"] as const)(
    "refuses a newcomer once the session is %s",
    async (status) => {
      const session = await seedSession(t.db, { interviewerId: interviewer.id, status });
      const refusal = joinSessionByInvite(t.db, session.inviteCode, candidate.id);
      await expect(refusal).rejects.toBeInstanceOf(ForbiddenError);
      await expect(refusal).rejects.toThrow("This session has ended");
    },
  );
});
