import { prompts } from "@mockboard/prompt-bank";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeMember } from "../cohorts/members";
import { ConflictError, ForbiddenError } from "../errors";
import { loadSessionAccess } from "../live-session/access";
import { listNotifications } from "../notifications";
import { type SeededCohort, type SeededUser, seedCohort, seedPrompt, seedUser } from "../testing/factories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { discardRoundDraft, generateRoundDraft } from "./draft-round";
import { setPairingPrompt, swapRoundMembers } from "./edit-round";
import { publishRound } from "./publish-round";
import { getRotation } from "./rotation-view";

let t: TestDatabase;
let owner: SeededUser;
let people: SeededUser[];

const inDays = (days: number, hour = 18) => {
  const at = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
};

beforeAll(async () => {
  t = await createTestDatabase();
  owner = await seedUser(t.db, { name: "Olu Owner" });
  people = await Promise.all(["Ana", "Ben", "Cy", "Dee"].map((name) => seedUser(t.db, { name })));
  // A small bank of its own in this database: a dozen system design and coding prompts.
  for (const kind of ["SYSTEM_DESIGN", "CODING"]) {
    for (const prompt of prompts.filter((entry) => entry.kind === kind).slice(0, 12)) {
      await seedPrompt(t.db, { from: prompt.slug });
    }
  }
}, 120_000);
afterAll(() => t.drop());

async function freshCohort(): Promise<SeededCohort> {
  return seedCohort(t.db, {
    owners: [owner.id],
    members: people.map((person) => person.id),
    kinds: ["SYSTEM_DESIGN", "CODING"],
  });
}

describe("a rotation round", () => {
  it("pairs every available member in both roles, gives the odd one out a bye and skips the unavailable", async () => {
    const cohort = await freshCohort();
    const away = people[3] as SeededUser;
    const { roundId } = await generateRoundDraft(t.db, cohort.id, owner.id, {
      firstSlotAt: inDays(2),
      secondSlotAt: inDays(4),
      unavailable: [away.id, owner.id],
    });
    const { draft } = await getRotation(t.db, cohort.id, owner.id);
    expect(draft?.id).toBe(roundId);
    const seats = Object.fromEntries(draft?.seats.map((seat) => [seat.userId, seat.seat]) ?? []);
    expect(seats[away.id]).toBe("UNAVAILABLE");
    expect(Object.values(seats).filter((seat) => seat === "BYE")).toHaveLength(1);
    const pairings = draft?.pairings ?? [];
    expect(pairings).toHaveLength(2); // three available: one pair meeting twice, one bye
    for (const pairing of pairings) {
      expect(pairing.interviewer.id).not.toBe(pairing.candidate.id);
      expect(pairing.prompt).not.toBeNull();
      expect(["SYSTEM_DESIGN", "CODING"]).toContain(
        (await t.db.prompt.findUniqueOrThrow({ where: { id: pairing.prompt?.id ?? "" } })).kind,
      );
      expect(pairing.alternatives.length).toBeGreaterThan(0);
    }
    const interviewers = pairings.map((pairing) => pairing.interviewer.id).sort();
    const candidates = pairings.map((pairing) => pairing.candidate.id).sort();
    expect(interviewers).toEqual(candidates);
    expect(new Set(interviewers).size).toBe(2);
  });

  it("is run by owners and coaches only; members never see the draft", async () => {
    const cohort = await freshCohort();
    const member = people[0] as SeededUser;
    await expect(
      generateRoundDraft(t.db, cohort.id, member.id, { firstSlotAt: inDays(1), secondSlotAt: inDays(2) }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await generateRoundDraft(t.db, cohort.id, owner.id, { firstSlotAt: inDays(1), secondSlotAt: inDays(2) });
    expect((await getRotation(t.db, cohort.id, member.id)).draft).toBeNull();
  });

  it("swaps two members' places and chooses prompts again for the new pairs", async () => {
    const cohort = await freshCohort();
    const { roundId } = await generateRoundDraft(t.db, cohort.id, owner.id, {
      firstSlotAt: inDays(1),
      secondSlotAt: inDays(2),
    });
    const before = (await getRotation(t.db, cohort.id, owner.id)).draft?.pairings ?? [];
    const first = before.find((pairing) => pairing.slot === 1) as (typeof before)[number];
    const elsewhere = before.find(
      (pairing) =>
        pairing.slot === 1 && ![first.interviewer.id, first.candidate.id].includes(pairing.interviewer.id),
    ) as (typeof before)[number];
    await swapRoundMembers(t.db, roundId, owner.id, { a: first.candidate.id, b: elsewhere.candidate.id });
    const after = (await getRotation(t.db, cohort.id, owner.id)).draft?.pairings ?? [];
    expect(
      after.some(
        (pairing) =>
          pairing.interviewer.id === first.interviewer.id && pairing.candidate.id === elsewhere.candidate.id,
      ),
    ).toBe(true);
  });

  it("refuses a prompt the candidate already met, and takes another", async () => {
    const cohort = await freshCohort();
    await generateRoundDraft(t.db, cohort.id, owner.id, { firstSlotAt: inDays(1), secondSlotAt: inDays(2) });
    const draft = (await getRotation(t.db, cohort.id, owner.id)).draft;
    const pairing = draft?.pairings.find((entry) => entry.slot === 1);
    const swapBack = draft?.pairings.find(
      (entry) => entry.slot === 2 && entry.candidate.id === pairing?.interviewer.id,
    );
    // In the second slot the candidate interviewed on the first slot's prompt: no.
    await expect(
      setPairingPrompt(t.db, swapBack?.id ?? "", owner.id, pairing?.prompt?.id ?? ""),
    ).rejects.toBeInstanceOf(ConflictError);
    const other = pairing?.alternatives[0]?.id ?? "";
    await setPairingPrompt(t.db, pairing?.id ?? "", owner.id, other);
    const updated = (await getRotation(t.db, cohort.id, owner.id)).draft?.pairings.find(
      (e) => e.id === pairing?.id,
    );
    expect(updated?.prompt?.id).toBe(other);
  });

  it("publishes into scheduled sessions with both people seated, and tells each member in the app", async () => {
    const cohort = await freshCohort();
    const { roundId } = await generateRoundDraft(t.db, cohort.id, owner.id, {
      firstSlotAt: inDays(3),
      secondSlotAt: inDays(5),
    });
    expect(await publishRound(t.db, roundId, owner.id)).toEqual({ sessions: 4 }); // 5 people: 2 pairs x 2, a bye
    const view = await getRotation(t.db, cohort.id, people[0]?.id ?? "");
    const round = view.published[0];
    expect(round?.status).toBe("PUBLISHED");
    for (const pairing of round?.pairings ?? []) {
      const session = await t.db.interviewSession.findUniqueOrThrow({
        where: { id: pairing.session?.id ?? "" },
      });
      expect(session).toMatchObject({
        status: "SCHEDULED",
        interviewerId: pairing.interviewer.id,
        candidateId: pairing.candidate.id,
        cohortId: cohort.id,
        inviteCode: null,
      });
      expect(session.scheduledAt?.getTime()).toBe(pairing.scheduledAt.getTime());
      expect((await loadSessionAccess(t.db, session.id, pairing.candidate.id)).role).toBe("candidate");
    }
    for (const person of [owner, ...people]) {
      const [latest] = await listNotifications(t.db, person.id);
      expect(latest).toMatchObject({ kind: "ROTATION_PUBLISHED", href: `/cohorts/${cohort.id}/schedule` });
    }
    // A member sees the prompts of their own sessions only.
    const member = people[0] as SeededUser;
    for (const pairing of round?.pairings ?? []) {
      const theirs = pairing.interviewer.id === member.id || pairing.candidate.id === member.id;
      expect(pairing.prompt !== null).toBe(theirs);
    }
    await expect(publishRound(t.db, roundId, owner.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("pairs nobody again in the next round while a new partner is free", async () => {
    const cohort = await freshCohort();
    const met = new Set<string>();
    for (let round = 0; round < 5; round++) {
      const { roundId } = await generateRoundDraft(t.db, cohort.id, owner.id, {
        firstSlotAt: inDays(1 + round * 7),
        secondSlotAt: inDays(2 + round * 7),
      });
      await publishRound(t.db, roundId, owner.id);
      const [latest] = (await getRotation(t.db, cohort.id, owner.id)).published;
      for (const pairing of latest?.pairings.filter((entry) => entry.slot === 1) ?? []) {
        const key = [pairing.interviewer.id, pairing.candidate.id].sort().join("|");
        expect(met.has(key)).toBe(false);
        met.add(key);
      }
    }
    expect(met.size).toBe(10); // five members: every pair met once in five rounds
  }, 60_000);

  it("refuses to publish a round someone left since it was drafted; a draft can be thrown away", async () => {
    const cohort = await freshCohort();
    const { roundId } = await generateRoundDraft(t.db, cohort.id, owner.id, {
      firstSlotAt: inDays(1),
      secondSlotAt: inDays(2),
    });
    const draft = (await getRotation(t.db, cohort.id, owner.id)).draft;
    const leaving = draft?.pairings[0]?.candidate.id ?? "";
    await removeMember(t.db, cohort.id, owner.id, leaving);
    await expect(publishRound(t.db, roundId, owner.id)).rejects.toThrow(/left the cohort/);
    await discardRoundDraft(t.db, roundId, owner.id);
    expect((await getRotation(t.db, cohort.id, owner.id)).draft).toBeNull();
  });
});
