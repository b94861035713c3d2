import type { PastBye, PastMeeting } from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import type { Db } from "../client";

type Reader = Db | Prisma.TransactionClient;

/**
 * Who met whom in the cohort's published rounds and who sat out, as the pairing rule reads
 * them (a pair's two sessions in a round are one meeting). Two queries.
 */
export async function loadRotationHistory(
  db: Reader,
  cohortId: string,
): Promise<{ meetings: PastMeeting[]; byes: PastBye[]; lastRound: number }> {
  const [pairings, byes, last] = await Promise.all([
    db.rotationPairing.findMany({
      where: { slot: 1, round: { cohortId, status: "PUBLISHED" } },
      select: { interviewerId: true, candidateId: true, round: { select: { number: true } } },
    }),
    db.rotationParticipant.findMany({
      where: { seat: "BYE", round: { cohortId, status: "PUBLISHED" } },
      select: { userId: true, round: { select: { number: true } } },
    }),
    db.rotationRound.aggregate({ where: { cohortId }, _max: { number: true } }),
  ]);
  const meetings = new Map<string, PastMeeting>();
  for (const { interviewerId: a, candidateId: b, round } of pairings) {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    const past = meetings.get(key);
    meetings.set(key, {
      a,
      b,
      times: (past?.times ?? 0) + 1,
      lastRound: Math.max(past?.lastRound ?? 0, round.number),
    });
  }
  const sittings = new Map<string, PastBye>();
  for (const { userId, round } of byes) {
    const past = sittings.get(userId);
    sittings.set(userId, {
      memberId: userId,
      times: (past?.times ?? 0) + 1,
      lastRound: Math.max(past?.lastRound ?? 0, round.number),
    });
  }
  return { meetings: [...meetings.values()], byes: [...sittings.values()], lastRound: last._max.number ?? 0 };
}
