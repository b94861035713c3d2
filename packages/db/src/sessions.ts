import { randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import type { Db } from "./client";
import { ForbiddenError, NotFoundError } from "./errors";

/** Observers are owners and coaches of the session's cohort: they watch, read-only. */
export type SessionRole = "interviewer" | "candidate" | "observer";

function newId(): string {
  return randomBytes(12).toString("base64url");
}

/** Creates a session for a prompt version the creator can see; the creator interviews. */
export async function createSession(
  db: Db,
  input: { promptId: string; creatorId: string; title?: string; cohortId?: string },
) {
  const prompt = await db.prompt.findFirst({
    where: {
      id: input.promptId,
      OR: [{ cohortId: null }, { cohort: { members: { some: { userId: input.creatorId } } } }],
    },
    select: { id: true, title: true, phases: true, cohortId: true },
  });
  if (!prompt) throw new NotFoundError("No such prompt");
  const cohortId = input.cohortId ?? prompt.cohortId;
  if (cohortId) {
    const member = await db.cohortMember.findUnique({
      where: { cohortId_userId: { cohortId, userId: input.creatorId } },
      select: { role: true },
    });
    if (!member) throw new NotFoundError("No such cohort");
  }
  const id = newId();
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
        inviteCode: randomBytes(9).toString("base64url"),
        livekitRoom: `room-${id}`,
        boardDocId: `session-${id}`,
      },
      select: { id: true, inviteCode: true, boardDocId: true },
    });
    await tx.sessionEvent.create({
      data: { sessionId: session.id, kind: "CREATED", actorId: input.creatorId },
    });
    return session;
  });
}

/** The caller's role in a session, or NotFound when they take no part (no existence leak). */
export async function getSessionRole(db: Db, sessionId: string, userId: string): Promise<SessionRole> {
  const session = await db.interviewSession.findUnique({
    where: { id: sessionId },
    select: {
      interviewerId: true,
      candidateId: true,
      cohort: {
        select: { members: { where: { userId, role: { in: ["OWNER", "COACH"] } }, select: { role: true } } },
      },
    },
  });
  if (session?.interviewerId === userId) return "interviewer";
  if (session && session.candidateId === userId) return "candidate";
  if (session?.cohort?.members.length) return "observer";
  throw new NotFoundError("No such session");
}

/** What the room page needs. The prompt's guide is included only for the interviewer. */
export async function getSessionForParticipant(db: Db, sessionId: string, userId: string) {
  const role = await getSessionRole(db, sessionId, userId);
  const session = await db.interviewSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      status: true,
      inviteCode: true,
      boardDocId: true,
      livekitRoom: true,
      phasePlan: true,
      startedAt: true,
      interviewer: { select: { id: true, name: true } },
      candidate: { select: { id: true, name: true } },
      prompt: {
        // The guide is interviewer-side material: never selected for the candidate.
        select: {
          id: true,
          slug: true,
          title: true,
          kind: true,
          minutes: true,
          brief: true,
          guide: role !== "candidate",
        },
      },
    },
  });
  return { role, session: { ...session, inviteCode: role === "interviewer" ? session.inviteCode : null } };
}

/** The invitee becomes the candidate, once; the interviewer following their own link just enters. */
export async function joinSessionByInvite(db: Db, inviteCode: string, userId: string) {
  const session = await db.interviewSession.findUnique({
    where: { inviteCode },
    select: { id: true, interviewerId: true, candidateId: true, status: true },
  });
  if (!session) throw new NotFoundError("This invite link is not valid");
  if (session.interviewerId === userId || session.candidateId === userId) return { sessionId: session.id };
  if (session.status === "CANCELLED" || session.status === "COMPLETED") {
    throw new ForbiddenError("This session has ended");
  }
  const claimed = await db.interviewSession.updateMany({
    where: { id: session.id, candidateId: null },
    data: { candidateId: userId },
  });
  if (claimed.count === 0) throw new ForbiddenError("Another candidate already joined this session");
  await db.sessionEvent.create({
    data: { sessionId: session.id, kind: "JOINED", actorId: userId, data: { role: "candidate" } },
  });
  return { sessionId: session.id };
}
