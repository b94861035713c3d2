import { boardDocIdForSession, livekitRoomForSession } from "@mockboard/protocol";
import type { Prisma } from "@prisma/client";
import { newSessionId } from "./session-id";

export interface ScheduledSessionInput {
  cohortId: string | null;
  promptId: string;
  interviewerId: string;
  candidateId: string;
  scheduledAt: Date;
  /** Who arranged it: the owner publishing a round, or a participant swapping roles. */
  createdById: string;
  /** Recorded on the CREATED event: where the session came from. */
  origin: { rotationRoundId: string } | { swappedFrom: string };
}

/**
 * A session with both people already in their seats, at a set time: no invite link (nobody
 * else may take the candidate's seat). The caller has checked, inside its transaction,
 * that both may take part (members, for a cohort's session) and that the prompt fits.
 */
export async function createScheduledSession(
  tx: Prisma.TransactionClient,
  input: ScheduledSessionInput,
): Promise<{ id: string; title: string }> {
  const prompt = await tx.prompt.findUniqueOrThrow({
    where: { id: input.promptId },
    select: { title: true, phases: true },
  });
  const id = newSessionId();
  const session = await tx.interviewSession.create({
    data: {
      id,
      title: prompt.title,
      promptId: input.promptId,
      interviewerId: input.interviewerId,
      candidateId: input.candidateId,
      createdById: input.createdById,
      cohortId: input.cohortId,
      scheduledAt: input.scheduledAt,
      phasePlan: prompt.phases as Prisma.InputJsonValue,
      livekitRoom: livekitRoomForSession(id),
      boardDocId: boardDocIdForSession(id),
    },
    select: { id: true, title: true },
  });
  await tx.sessionEvent.create({
    data: { sessionId: id, kind: "CREATED", actorId: input.createdById, data: input.origin },
  });
  return session;
}
