import type { Db } from "../client";
import { ConflictError } from "../errors";
import { type NotificationInput, notify } from "../notifications";
import { createScheduledSession } from "../sessions/scheduled-sessions";
import { lockDraft } from "./draft-round";

/** "Tue 3 Mar, 18:00 CET": a moment as the cohort's members read it in a notification. */
function inZone(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(at);
}

/**
 * Publishes a draft round: each pairing becomes a scheduled session with both people in
 * their seats, and every member of the round is told in the app when they interview and
 * are interviewed (or that they sit this one out). All or nothing, in one transaction.
 */
export async function publishRound(db: Db, roundId: string, userId: string): Promise<{ sessions: number }> {
  return db.$transaction(
    async (tx) => {
      const round = await lockDraft(tx, roundId, userId);
      const [cohort, pairings, participants, members] = await Promise.all([
        tx.cohort.findUniqueOrThrow({
          where: { id: round.cohortId },
          select: { name: true, timeZone: true },
        }),
        tx.rotationPairing.findMany({
          where: { roundId },
          orderBy: [{ slot: "asc" }, { id: "asc" }],
          select: {
            id: true,
            slot: true,
            interviewerId: true,
            candidateId: true,
            promptId: true,
            scheduledAt: true,
            interviewer: { select: { name: true } },
            candidate: { select: { name: true } },
          },
        }),
        tx.rotationParticipant.findMany({ where: { roundId }, select: { userId: true, seat: true } }),
        tx.cohortMember.findMany({ where: { cohortId: round.cohortId }, select: { userId: true } }),
      ]);
      const current = new Set(members.map((member) => member.userId));
      const gone = pairings.filter((p) => !current.has(p.interviewerId) || !current.has(p.candidateId));
      if (gone.length > 0)
        throw new ConflictError("Someone in this round left the cohort: generate the round again");
      if (pairings.some((pairing) => pairing.promptId === null)) {
        throw new ConflictError("Choose a prompt for every session first");
      }
      const announcements: NotificationInput[] = [];
      const href = `/cohorts/${round.cohortId}/schedule`;
      for (const pairing of pairings) {
        const session = await createScheduledSession(tx, {
          cohortId: round.cohortId,
          promptId: pairing.promptId as string,
          interviewerId: pairing.interviewerId,
          candidateId: pairing.candidateId,
          scheduledAt: pairing.scheduledAt,
          createdById: userId,
          origin: { rotationRoundId: roundId },
        });
        await tx.rotationPairing.update({ where: { id: pairing.id }, data: { sessionId: session.id } });
      }
      for (const pairing of pairings.filter((entry) => entry.slot === 1)) {
        const swap = pairings.find(
          (entry) =>
            entry.slot === 2 &&
            entry.interviewerId === pairing.candidateId &&
            entry.candidateId === pairing.interviewerId,
        );
        for (const [me, partner, myTurn, theirTurn] of [
          [pairing.interviewerId, pairing.candidate.name, pairing.scheduledAt, swap?.scheduledAt],
          [pairing.candidateId, pairing.interviewer.name, swap?.scheduledAt, pairing.scheduledAt],
        ] as const) {
          const parts = [
            myTurn
              ? `You interview ${partner ?? "your partner"} on ${inZone(myTurn, cohort.timeZone)}`
              : null,
            theirTurn
              ? `${partner ?? "Your partner"} interviews you on ${inZone(theirTurn, cohort.timeZone)}`
              : null,
          ].filter(Boolean);
          announcements.push({
            userId: me,
            kind: "ROTATION_PUBLISHED",
            title: `${cohort.name}: round ${round.number} is scheduled`,
            body: `${parts.join("; ")}.`,
            href,
          });
        }
      }
      for (const sitting of participants.filter((entry) => entry.seat === "BYE")) {
        announcements.push({
          userId: sitting.userId,
          kind: "ROTATION_PUBLISHED",
          title: `${cohort.name}: round ${round.number} is scheduled`,
          body: "You sit this round out; you will be paired in the next one.",
          href,
        });
      }
      await notify(tx, announcements);
      await tx.rotationRound.update({
        where: { id: roundId },
        data: { status: "PUBLISHED", publishedAt: new Date() },
      });
      return { sessions: pairings.length };
    },
    { timeout: 60_000 },
  );
}
