import { type Capabilities, mayInCohort, type VisibleStage } from "@mockboard/interview";
import { CandidateBrief, InterviewerGuide, type Phase, type PromptStage } from "@mockboard/prompt-bank";
import { boardDocIdForSession, livekitRoomForSession } from "@mockboard/protocol";
import type { Prisma, PromptKind, SessionStatus } from "@prisma/client";
import type { Db } from "../client";
import { ForbiddenError, NotFoundError, QuotaExceededError } from "../errors";
import { newInvite } from "../invites/invite-code";
import { loadSessionAccess, type SessionAccess } from "../live-session/access";
import { loadVisibleStages } from "../live-session/stages";
import { PhasePlan } from "../prompts/prompt-columns";
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

export interface ParticipantView {
  role: SessionAccess["role"];
  can: Capabilities;
  session: {
    id: string;
    title: string;
    status: SessionStatus;
    /** Only for whoever may manage the session (the interviewer while it is open). */
    inviteCode: string | null;
    inviteExpiresAt: Date | null;
    boardDocId: string;
    livekitRoom: string;
    phasePlan: Phase[];
    startedAt: Date | null;
    /** The cohort the session belongs to, whose owners and coaches may observe it. */
    cohortId: string | null;
    interviewer: { id: string; name: string | null };
    candidate: { id: string; name: string | null } | null;
    prompt: {
      id: string;
      slug: string;
      title: string;
      kind: PromptKind;
      roundType: string;
      minutes: number;
      brief: CandidateBrief;
      /** Null unless the interview rules let the caller read the guide. */
      guide: InterviewerGuide | null;
      /** The staged parts the caller may see: the revealed ones, or all for a guide reader. */
      stages: VisibleStage<PromptStage>[];
    };
  };
}

/** What the room page needs, cut to the caller's rights; NotFound for anyone with no part in it. */
export async function getSessionForParticipant(
  db: Db,
  sessionId: string,
  userId: string,
): Promise<ParticipantView> {
  const access = await loadSessionAccess(db, sessionId, userId);
  const session = await db.interviewSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      status: true,
      inviteCode: true,
      inviteExpiresAt: true,
      boardDocId: true,
      livekitRoom: true,
      phasePlan: true,
      startedAt: true,
      cohortId: true,
      interviewer: { select: { id: true, name: true } },
      candidate: { select: { id: true, name: true } },
      prompt: {
        // The guide is not even selected for someone who may not read it.
        select: {
          id: true,
          slug: true,
          title: true,
          kind: true,
          roundType: true,
          minutes: true,
          brief: true,
          guide: access.can.guide,
        },
      },
    },
  });
  const { guide, brief, ...prompt } = session.prompt as typeof session.prompt & { guide?: unknown };
  const { stages } = await loadVisibleStages(db, sessionId, access.can);
  return {
    role: access.role,
    can: access.can,
    session: {
      ...session,
      inviteCode: access.can.manageSession ? session.inviteCode : null,
      inviteExpiresAt: access.can.manageSession ? session.inviteExpiresAt : null,
      phasePlan: PhasePlan.parse(session.phasePlan),
      prompt: {
        ...prompt,
        brief: CandidateBrief.parse(brief),
        guide: access.can.guide && guide ? InterviewerGuide.parse(guide) : null,
        stages,
      },
    },
  };
}
