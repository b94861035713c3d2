import { livekitRoomForSession, nextLivekitRoom } from "@mockboard/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { type SeededUser, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getVideoRoom, videoRightOf } from "../video-events/video-events";
import { acceptInvite, previewInvite } from "./invites";
import { removeCandidate, revokeInvite, rotateInvite } from "./session-invites";

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
    expect(await acceptInvite(t.db, session.inviteCode, candidate.id)).toEqual({
      kind: "session",
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
    await expect(acceptInvite(t.db, session.inviteCode, interviewer.id)).resolves.toEqual({
      kind: "session",
      sessionId: session.id,
    });
    await expect(acceptInvite(t.db, session.inviteCode, candidate.id)).resolves.toEqual({
      kind: "session",
      sessionId: session.id,
    });
    expect(await t.db.sessionEvent.count({ where: { sessionId: session.id, kind: "JOINED" } })).toBe(1);
  });

  it("refuses a code that names no session", async () => {
    const refusal = acceptInvite(t.db, "no-such-code-at-all", candidate.id);
    await expect(refusal).rejects.toBeInstanceOf(NotFoundError);
    await expect(refusal).rejects.toThrow("This invite link is not valid");
  });

  it("refuses a second candidate once someone joined", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id, candidateId: candidate.id });
    const refusal = acceptInvite(t.db, session.inviteCode, latecomer.id);
    await expect(refusal).rejects.toBeInstanceOf(ConflictError);
    await expect(refusal).rejects.toThrow("Another candidate already joined this session");
    expect((await t.db.interviewSession.findUniqueOrThrow({ where: { id: session.id } })).candidateId).toBe(
      candidate.id,
    );
  });

  it("lets only one of two people redeeming at the same moment become the candidate", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id });
    const results = await Promise.allSettled([
      acceptInvite(t.db, session.inviteCode, candidate.id),
      acceptInvite(t.db, session.inviteCode, latecomer.id),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.sessionEvent.count({ where: { sessionId: session.id, kind: "JOINED" } })).toBe(1);
  });

  it.each(["COMPLETED", "CANCELLED"] as const)(
    "refuses a newcomer once the session is %s",
    async (status) => {
      const session = await seedSession(t.db, { interviewerId: interviewer.id, status });
      const refusal = acceptInvite(t.db, session.inviteCode, candidate.id);
      await expect(refusal).rejects.toBeInstanceOf(ForbiddenError);
      await expect(refusal).rejects.toThrow("This session has ended");
    },
  );
});

describe("invite links expire, rotate, turn off, and a candidate can be removed", () => {
  const code = async (sessionId: string) =>
    (await t.db.interviewSession.findUniqueOrThrow({ where: { id: sessionId } })).inviteCode;

  it("previewing a link changes nothing; only accepting makes the candidate", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id });
    const preview = await previewInvite(t.db, session.inviteCode, candidate.id);
    expect(preview).toMatchObject({ sessionId: session.id, alreadyIn: false });
    expect(
      (await t.db.interviewSession.findUniqueOrThrow({ where: { id: session.id } })).candidateId,
    ).toBeNull();
  });

  it("refuses a link past its expiry", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id });
    await t.db.interviewSession.update({
      where: { id: session.id },
      data: { inviteExpiresAt: new Date(Date.now() - 1000) },
    });
    await expect(acceptInvite(t.db, session.inviteCode, candidate.id)).rejects.toThrow(
      "This invite link has expired",
    );
  });

  it("a rotated link replaces the old one, which stops working at once", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id });
    await rotateInvite(t.db, session.id, interviewer.id);
    const fresh = await code(session.id);
    expect(fresh).not.toBe(session.inviteCode);
    await expect(acceptInvite(t.db, session.inviteCode, candidate.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptInvite(t.db, fresh ?? "", candidate.id)).resolves.toEqual({
      kind: "session",
      sessionId: session.id,
    });
  });

  it("a link the interviewer turned off names nothing", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id });
    await revokeInvite(t.db, session.id, interviewer.id);
    expect(await code(session.id)).toBeNull();
    await expect(acceptInvite(t.db, session.inviteCode, candidate.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("only the interviewer manages the link or removes the candidate", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id, candidateId: candidate.id });
    await expect(rotateInvite(t.db, session.id, candidate.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeInvite(t.db, session.id, candidate.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeCandidate(t.db, session.id, candidate.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeCandidate(t.db, session.id, latecomer.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a removed candidate loses the session, their old link is dead, and someone new can join", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id, candidateId: candidate.id });
    await removeCandidate(t.db, session.id, interviewer.id);
    const stored = await t.db.interviewSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.candidateId).toBeNull();
    expect(stored.inviteCode).not.toBe(session.inviteCode);
    await expect(acceptInvite(t.db, session.inviteCode, candidate.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptInvite(t.db, stored.inviteCode ?? "", latecomer.id)).resolves.toEqual({
      kind: "session",
      sessionId: session.id,
    });
    expect(
      await t.db.sessionEvent.count({ where: { sessionId: session.id, kind: "CANDIDATE_REMOVED" } }),
    ).toBe(1);
  });

  it("moves the session's call to a new LiveKit room, so the removed candidate's video tokens open nothing", async () => {
    const session = await seedSession(t.db, { interviewerId: interviewer.id, candidateId: candidate.id });
    const first = livekitRoomForSession(session.id);
    await removeCandidate(t.db, session.id, interviewer.id);
    const moved = await getVideoRoom(t.db, session.id);
    expect(moved?.room).toBe(nextLivekitRoom(first));
    // The old room is nobody's now: a join there finds no session and no right.
    expect(await videoRightOf(t.db, first, interviewer.id)).toEqual({ sessionId: null, video: "none" });
    expect(await videoRightOf(t.db, moved?.room ?? "", interviewer.id)).toEqual({
      sessionId: session.id,
      video: "publish",
    });
    await acceptInvite(
      t.db,
      (await t.db.interviewSession.findUniqueOrThrow({ where: { id: session.id } })).inviteCode ?? "",
      latecomer.id,
    );
    await removeCandidate(t.db, session.id, interviewer.id);
    expect((await getVideoRoom(t.db, session.id))?.room).toBe(nextLivekitRoom(nextLivekitRoom(first)));
  });
});
