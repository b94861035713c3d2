import { type PlannedRound, planRound, sessionsForRound } from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";
import { loadCohortAccess, lockCohort, requireCohortRight } from "../cohorts/cohort-access";
import { ConflictError, NotFoundError } from "../errors";
import { loadCohortFocus, loadCohortPromptUse, loadPracticeRecords, loadPromptOptions } from "./practice";
import { loadRotationHistory } from "./rotation-history";

type Tx = Prisma.TransactionClient;

export const RoundRequestInput = z
  .object({
    firstSlotAt: z.coerce.date(),
    secondSlotAt: z.coerce.date(),
    /** Members who cannot take part in this round. */
    unavailable: z.array(z.string().min(1).max(64)).max(500).default([]),
  })
  .refine((input) => input.secondSlotAt.getTime() > input.firstSlotAt.getTime(), {
    message: "The role swap comes after the first sessions",
    path: ["secondSlotAt"],
  })
  .refine((input) => input.firstSlotAt.getTime() > Date.now() - 60 * 60 * 1000, {
    message: "Choose a time that has not passed",
    path: ["firstSlotAt"],
  });
export type RoundRequestInput = z.input<typeof RoundRequestInput>;

/**
 * An owner or coach generates the next round as a draft (replacing any draft there was):
 * pairs from the pairing rule, a prompt per candidate from the prompt rule. Nothing is
 * scheduled or announced until the draft is published.
 */
export async function generateRoundDraft(
  db: Db,
  cohortId: string,
  userId: string,
  input: RoundRequestInput,
): Promise<{ roundId: string }> {
  const request = RoundRequestInput.parse(input);
  return db.$transaction(
    async (tx) => {
      await lockCohort(tx, cohortId);
      const access = await loadCohortAccess(tx, cohortId, userId);
      requireCohortRight(access.rights.runRotation, "Only the cohort's owners and coaches run the rotation");
      const roster = (
        await tx.cohortMember.findMany({
          where: { cohortId },
          orderBy: [{ joinedAt: "asc" }, { userId: "asc" }],
          select: { userId: true },
        })
      ).map((member) => member.userId);
      const unknown = request.unavailable.filter((id) => !roster.includes(id));
      if (unknown.length > 0) throw new NotFoundError("Someone marked unavailable is not in the cohort");
      await tx.rotationRound.deleteMany({ where: { cohortId, status: "DRAFT" } });
      const history = await loadRotationHistory(tx, cohortId);
      const number = history.lastRound + 1;
      const planned = planRound({
        roster,
        unavailable: request.unavailable,
        meetings: history.meetings,
        byes: history.byes,
        roundNumber: number,
      });
      if (planned.pairs.length === 0)
        throw new ConflictError("At least two available members are needed for a round");
      const round = await tx.rotationRound.create({
        data: {
          cohortId,
          number,
          firstSlotAt: request.firstSlotAt,
          secondSlotAt: request.secondSlotAt,
          createdById: userId,
          participants: {
            create: roster.map((memberId) => ({
              userId: memberId,
              seat: request.unavailable.includes(memberId)
                ? "UNAVAILABLE"
                : memberId === planned.bye
                  ? "BYE"
                  : "PAIRED",
            })),
          },
        },
        select: { id: true },
      });
      await writePairings(tx, cohortId, round.id, planned, request);
      return { roundId: round.id };
    },
    { timeout: 30_000 },
  );
}

/** Chooses every session's prompt for `planned` and writes the round's pairings. */
export async function writePairings(
  tx: Tx,
  cohortId: string,
  roundId: string,
  planned: PlannedRound,
  slots: { firstSlotAt: Date; secondSlotAt: Date },
): Promise<void> {
  const members = planned.pairs.flatMap((pair) => [pair.first, pair.second]);
  const [options, focus, records, cohortUse] = await Promise.all([
    loadPromptOptions(tx, cohortId),
    loadCohortFocus(tx, cohortId),
    loadPracticeRecords(tx, members),
    loadCohortPromptUse(tx, cohortId),
  ]);
  const sessions = sessionsForRound({ planned, options, focus, records, cohortUse });
  await tx.rotationPairing.deleteMany({ where: { roundId } });
  await tx.rotationPairing.createMany({
    data: sessions.map((session) => ({
      roundId,
      slot: session.slot,
      interviewerId: session.interviewerId,
      candidateId: session.candidateId,
      promptId: session.promptId,
      scheduledAt: session.slot === 1 ? slots.firstSlotAt : slots.secondSlotAt,
    })),
  });
}

/** The draft round, locked for an edit by someone who may run the rotation. */
export async function lockDraft(tx: Tx, roundId: string, userId: string) {
  const round = await tx.rotationRound.findUnique({
    where: { id: roundId },
    select: { id: true, cohortId: true, status: true, firstSlotAt: true, secondSlotAt: true, number: true },
  });
  if (!round) throw new NotFoundError("No such round");
  await lockCohort(tx, round.cohortId);
  const access = await loadCohortAccess(tx, round.cohortId, userId);
  requireCohortRight(access.rights.runRotation, "Only the cohort's owners and coaches run the rotation");
  if (round.status !== "DRAFT") throw new ConflictError("This round is published already");
  return round;
}

/** Throws away a draft round. */
export async function discardRoundDraft(db: Db, roundId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockDraft(tx, roundId, userId);
    await tx.rotationRound.delete({ where: { id: roundId } });
  });
}
