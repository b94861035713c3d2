import { BOARD_ACCESS_CHANNEL } from "@mockboard/protocol";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { revokeCohortInvite, rotateCohortInvite } from "../invites/cohort-invites";
import { acceptInvite, previewInvite } from "../invites/invites";
import { loadSessionAccess } from "../live-session/access";
import { listNotifications } from "../notifications";
import { type SeededUser, seedCohort, seedSession, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getCohortOverview } from "./cohort-overview";
import { createCohort, updateCohortSettings } from "./cohort-settings";
import { changeMemberRole, leaveCohort, listCohortMembers, removeMember } from "./members";

let t: TestDatabase;
let owner: SeededUser;
let coach: SeededUser;
let member: SeededUser;
let newcomer: SeededUser;

beforeAll(async () => {
  t = await createTestDatabase();
  [owner, coach, member, newcomer] = await Promise.all([
    seedUser(t.db),
    seedUser(t.db),
    seedUser(t.db),
    seedUser(t.db),
  ]);
}, 60_000);
afterAll(() => t.drop());

const settings = {
  name: "ML platform prep",
  description: "",
  timeZone: "Europe/Berlin",
  kinds: [],
  rounds: [],
};

describe("creating and joining a cohort", () => {
  it("makes the creator its owner, with an invite link that works for 14 days", async () => {
    const before = Date.now();
    const { id } = await createCohort(t.db, owner.id, settings);
    const overview = await getCohortOverview(t.db, id, owner.id);
    expect(overview).toMatchObject({
      name: "ML platform prep",
      timeZone: "Europe/Berlin",
      role: "OWNER",
      memberCount: 1,
    });
    const expires = overview.invite?.expiresAt?.getTime() ?? 0;
    expect(expires - before).toBeGreaterThanOrEqual(14 * 24 * 60 * 60 * 1000 - 1000);
    expect(expires - before).toBeLessThan(14 * 24 * 60 * 60 * 1000 + 60_000);
  });

  it("refuses a time zone the server does not know and a blank name", async () => {
    await expect(createCohort(t.db, owner.id, { ...settings, timeZone: "Mars/Olympus" })).rejects.toThrow();
    await expect(createCohort(t.db, owner.id, { ...settings, name: "  " })).rejects.toThrow();
  });

  it("previews the link without joining; accepting makes a member, once", async () => {
    const cohort = await seedCohort(t.db, { owners: [owner.id] });
    const preview = await previewInvite(t.db, cohort.inviteCode, newcomer.id);
    expect(preview).toMatchObject({ kind: "cohort", cohortId: cohort.id, alreadyIn: false, memberCount: 1 });
    expect(await t.db.cohortMember.count({ where: { cohortId: cohort.id } })).toBe(1);
    expect(await acceptInvite(t.db, cohort.inviteCode, newcomer.id)).toEqual({
      kind: "cohort",
      cohortId: cohort.id,
    });
    expect(await acceptInvite(t.db, cohort.inviteCode, newcomer.id)).toEqual({
      kind: "cohort",
      cohortId: cohort.id,
    });
    const members = await listCohortMembers(t.db, cohort.id, newcomer.id);
    expect(members.map((row) => [row.userId, row.role])).toEqual([
      [owner.id, "OWNER"],
      [newcomer.id, "MEMBER"],
    ]);
  });

  it("refuses an expired link, and a rotated or revoked one names nothing", async () => {
    const cohort = await seedCohort(t.db, { owners: [owner.id], coaches: [coach.id], members: [member.id] });
    await t.db.cohort.update({
      where: { id: cohort.id },
      data: { inviteExpiresAt: new Date(Date.now() - 1000) },
    });
    await expect(acceptInvite(t.db, cohort.inviteCode, newcomer.id)).rejects.toThrow(
      "This invite link has expired",
    );
    await rotateCohortInvite(t.db, cohort.id, coach.id);
    const fresh = (await getCohortOverview(t.db, cohort.id, coach.id)).invite?.code ?? "";
    expect(fresh).not.toBe(cohort.inviteCode);
    await expect(acceptInvite(t.db, cohort.inviteCode, newcomer.id)).rejects.toBeInstanceOf(NotFoundError);
    await revokeCohortInvite(t.db, cohort.id, owner.id);
    await expect(acceptInvite(t.db, fresh, newcomer.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(rotateCohortInvite(t.db, cohort.id, member.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getCohortOverview(t.db, cohort.id, member.id)).invite).toBeNull();
  });

  it("hides a cohort from someone outside it", async () => {
    const cohort = await seedCohort(t.db, { owners: [owner.id] });
    await expect(getCohortOverview(t.db, cohort.id, newcomer.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCohortMembers(t.db, cohort.id, newcomer.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets only owners change the settings", async () => {
    const cohort = await seedCohort(t.db, { owners: [owner.id], coaches: [coach.id] });
    await expect(updateCohortSettings(t.db, cohort.id, coach.id, settings)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await updateCohortSettings(t.db, cohort.id, owner.id, {
      ...settings,
      kinds: ["CODING"],
      rounds: ["coding"],
    });
    expect(await getCohortOverview(t.db, cohort.id, coach.id)).toMatchObject({
      kinds: ["CODING"],
      rounds: ["coding"],
    });
  });

  it("keeps a cohort's sessions for its members: an outsider cannot take the candidate's seat", async () => {
    const cohort = await seedCohort(t.db, { owners: [owner.id] });
    const session = await seedSession(t.db, { interviewerId: owner.id, cohortId: cohort.id });
    await expect(previewInvite(t.db, session.inviteCode, newcomer.id)).rejects.toThrow(
      /for members of the cohort/,
    );
  });
});

describe("roles, leaving and removal", () => {
  it("lets owners change roles, never the last owner's own", async () => {
    const cohort = await seedCohort(t.db, { owners: [owner.id], members: [member.id] });
    await expect(changeMemberRole(t.db, cohort.id, member.id, owner.id, "MEMBER")).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await changeMemberRole(t.db, cohort.id, owner.id, member.id, "COACH");
    expect((await getCohortOverview(t.db, cohort.id, member.id)).role).toBe("COACH");
    await expect(changeMemberRole(t.db, cohort.id, owner.id, owner.id, "MEMBER")).rejects.toThrow(
      /Leave cohort/,
    );
    await expect(leaveCohort(t.db, cohort.id, owner.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("lets a member leave, after which the cohort is gone for them", async () => {
    const cohort = await seedCohort(t.db, { owners: [owner.id], members: [member.id] });
    await leaveCohort(t.db, cohort.id, member.id);
    await expect(getCohortOverview(t.db, cohort.id, member.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("ends a removed member's access at once: sessions, boards, upcoming interviews", async () => {
    const cohort = await seedCohort(t.db, { owners: [owner.id], coaches: [coach.id], members: [member.id] });
    const live = await seedSession(t.db, {
      interviewerId: coach.id,
      candidateId: member.id,
      cohortId: cohort.id,
      status: "LIVE",
    });
    const upcoming = await seedSession(t.db, {
      interviewerId: owner.id,
      candidateId: member.id,
      cohortId: cohort.id,
    });
    expect((await loadSessionAccess(t.db, live.id, member.id)).role).toBe("candidate");

    const listener = new pg.Client({ connectionString: t.url });
    await listener.connect();
    const heard: { docId: string; userId?: string; access: string }[] = [];
    listener.on("notification", (message) => heard.push(JSON.parse(message.payload ?? "{}")));
    await listener.query(`LISTEN ${BOARD_ACCESS_CHANNEL}`);
    try {
      await expect(removeMember(t.db, cohort.id, member.id, coach.id)).rejects.toBeInstanceOf(ForbiddenError);
      await removeMember(t.db, cohort.id, owner.id, member.id);
      await expect(loadSessionAccess(t.db, live.id, member.id)).rejects.toBeInstanceOf(NotFoundError);
      const deadline = Date.now() + 5000;
      while (heard.length < 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(heard).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ docId: live.boardDocId, userId: member.id, access: "none" }),
          expect.objectContaining({ docId: upcoming.boardDocId, userId: member.id, access: "none" }),
        ]),
      );
    } finally {
      await listener.end();
    }
    const cancelled = await t.db.interviewSession.findUniqueOrThrow({ where: { id: upcoming.id } });
    expect(cancelled.status).toBe("CANCELLED");
    const told = await listNotifications(t.db, owner.id);
    expect(told[0]).toMatchObject({ kind: "SESSION_CANCELLED", href: `/sessions/${upcoming.id}` });
    expect((await listNotifications(t.db, member.id))[0]?.kind).toBe("REMOVED_FROM_COHORT");
    // The live session goes on for the interviewer; the removed candidate has no way back in.
    expect((await loadSessionAccess(t.db, live.id, coach.id)).role).toBe("interviewer");
  });

  it("counts the sessions each member did on each side of the table", async () => {
    const cohort = await seedCohort(t.db, { owners: [owner.id], members: [member.id] });
    await seedSession(t.db, {
      interviewerId: owner.id,
      candidateId: member.id,
      cohortId: cohort.id,
      status: "COMPLETED",
    });
    const rows = await listCohortMembers(t.db, cohort.id, member.id);
    expect(rows.find((row) => row.userId === owner.id)).toMatchObject({ interviewed: 1, interviewedAs: 0 });
    expect(rows.find((row) => row.userId === member.id)).toMatchObject({ interviewed: 0, interviewedAs: 1 });
    // Last active: the session's end, not their joining.
    const ended = await t.db.interviewSession.findFirstOrThrow({
      where: { cohortId: cohort.id },
      select: { endedAt: true },
    });
    expect(rows.find((row) => row.userId === member.id)?.lastActiveAt).toEqual(ended.endedAt);
  });
});
