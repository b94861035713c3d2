import type { PlannedRound } from "@mockboard/interview";
import type { Db } from "../client";
import { ConflictError, NotFoundError } from "../errors";
import { lockDraft, writePairings } from "./draft-round";
import { loadPracticeRecords, loadPromptOptions } from "./practice";

/**
 * Swaps two members' places in a draft round: partners change (or, for two partners, who
 * interviews first), and a member sitting out can be swapped with someone paired. The
 * round's prompts are chosen again for the new pairs.
 */
export async function swapRoundMembers(
  db: Db,
  roundId: string,
  userId: string,
  swap: { a: string; b: string },
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const round = await lockDraft(tx, roundId, userId);
      const [pairings, participants] = await Promise.all([
        tx.rotationPairing.findMany({
          where: { roundId, slot: 1 },
          orderBy: { id: "asc" },
          select: { interviewerId: true, candidateId: true },
        }),
        tx.rotationParticipant.findMany({ where: { roundId }, select: { userId: true, seat: true } }),
      ]);
      const seated = new Set(
        participants.filter((entry) => entry.seat !== "UNAVAILABLE").map((entry) => entry.userId),
      );
      if (!seated.has(swap.a) || !seated.has(swap.b) || swap.a === swap.b) {
        throw new ConflictError("Choose two different members who take part in this round");
      }
      const other = (id: string) => (id === swap.a ? swap.b : id === swap.b ? swap.a : id);
      const bye = participants.find((entry) => entry.seat === "BYE")?.userId ?? null;
      const planned: PlannedRound = {
        pairs: pairings.map((pairing) => ({
          first: other(pairing.interviewerId),
          second: other(pairing.candidateId),
        })),
        bye: bye ? other(bye) : null,
      };
      for (const id of [swap.a, swap.b]) {
        await tx.rotationParticipant.update({
          where: { roundId_userId: { roundId, userId: id } },
          data: { seat: planned.bye === id ? "BYE" : "PAIRED" },
        });
      }
      await writePairings(tx, round.cohortId, roundId, planned, round);
    },
    { timeout: 30_000 },
  );
}

/** Gives one session of a draft round another prompt: one the cohort may use and the candidate never met. */
export async function setPairingPrompt(
  db: Db,
  pairingId: string,
  userId: string,
  promptId: string,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const pairing = await tx.rotationPairing.findUnique({
      where: { id: pairingId },
      select: { roundId: true, candidateId: true },
    });
    if (!pairing) throw new NotFoundError("No such pairing");
    const round = await lockDraft(tx, pairing.roundId, userId);
    const prompt = (await loadPromptOptions(tx, round.cohortId)).find((option) => option.id === promptId);
    if (!prompt) throw new NotFoundError("No such prompt");
    const record = (await loadPracticeRecords(tx, [pairing.candidateId])).get(pairing.candidateId);
    const interviewsOnItThisRound = await tx.rotationPairing.count({
      where: { roundId: pairing.roundId, interviewerId: pairing.candidateId, promptId },
    });
    if (
      record?.asked.has(prompt.slug) ||
      record?.interviewed.has(prompt.slug) ||
      interviewsOnItThisRound > 0
    ) {
      throw new ConflictError("The candidate already met this prompt");
    }
    await tx.rotationPairing.update({ where: { id: pairingId }, data: { promptId } });
  });
}
