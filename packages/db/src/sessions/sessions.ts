import { mayInCohort } from "@mockboard/interview";
import { boardDocIdForSession, livekitRoomForSession } from "@mockboard/protocol";
import type { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { ForbiddenError, NotFoundError, QuotaExceededError } from "../errors";
import { newInvite } from "../invites/invite-code";
import { visibleTo } from "../prompts/visibility";
import { newSessionId } from "./session-id";

/** Sessions one person may create in 24 hours: generous for practice, a wall for scripts. */
export const SESSIONS_PER_DAY = 50;

export interface CreatedSession {
  id: string;
  inviteCode: string;
  boardDocId: string;
}

/** Creates a session for a prompt version the creator can see; the creator interviews. */
export async function createSession(
  db: Db,
  input: { promptId: string; creatorId: string; title?: string; cohortId?: string },
): Promise<CreatedSession> {
  const prompt = await db.prompt.findFirst({
    where: { id: input.promptId, ...visibleTo(input.creatorId) },
    select: { id: true, title: true, phases: true, cohortId: true },
  });
  if (!prompt) throw new NotFoundError("No such prompt");
  const cohortId = input.cohortId ?? prompt.cohortId;
  // A cohort's own prompt (and its guide) stays in that cohort: its sessions belong there.
  if (prompt.cohortId && cohortId !== prompt.cohortId) {
    throw new ForbiddenError("A cohort's own prompt can only be used in that cohort's sessions");
  }
  const createdToday = await db.interviewSession.count({
    where: { createdById: input.creatorId, createdAt: { gte: new Date(Date.now() - 24 * 60 * 60 * 1000) } },
  });
  if (createdToday >= SESSIONS_PER_DAY) {
    throw new QuotaExceededError(`You can create ${SESSIONS_PER_DAY} sessions a day; try again tomorrow`);
  }
  if (cohortId) {
    const member = await db.cohortMember.findUnique({
      where: { cohortId_userId: { cohortId, userId: input.creatorId } },
      select: { role: true },
    });
    if (!member) throw new NotFoundError("No such cohort");
    if (!mayInCohort(member.role, "create-sessions"))
      throw new ForbiddenError("Your role in this cohort does not start its sessions");
  }
  const id = newSessionId();
  return db.$transaction(async (tx) => {
    const session = await tx.interviewSession.create({
      data: {
        id,
        title: input.title?.trim() || prompt.title,
        promptId: prompt.id,
        interviewerId: input.creatorId,
        createdById: input.creatorId,
        cohortId,
        phasePlan: prompt.phases as Prisma.InputJsonValue,
        ...newInvite(),
        livekitRoom: livekitRoomForSession(id),
        boardDocId: boardDocIdForSession(id),
      },
      select: { id: true, inviteCode: true, boardDocId: true },
    });
    if (!session.inviteCode) throw new Error("a new session always has an invite code");
    await tx.sessionEvent.create({
      data: { sessionId: session.id, kind: "CREATED", actorId: input.creatorId },
    });
    return { ...session, inviteCode: session.inviteCode };
  });
}
