import {
  type Capabilities,
  COHORT_ROLES,
  capabilitiesFor,
  cohortSessionSeat,
  type Decision,
  decide,
  mayInCohort,
  type SessionAction,
  type SessionRole,
  type SessionStage,
  SessionStatus,
  type SessionViewer,
  stageOf,
} from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { promptGuideFacts } from "../prompts/guide-access";

type Reader = Db | Prisma.TransactionClient;

export interface SessionAccess {
  sessionId: string;
  // Guests reach only the replay, through its own loader (replay/replay-access.ts).
  role: Exclude<SessionRole, "none" | "guest">;
  status: SessionStatus;
  stage: SessionStage;
  startedAt: Date | null;
  endedAt: Date | null;
  feedbackReleased: boolean;
  interviewerId: string;
  candidateId: string | null;
  promptId: string;
  /** Who is asking, as the session rules (@mockboard/interview `decide`) read it. */
  viewer: SessionViewer;
  can: Capabilities;
}

/** One row: the session, the caller's cohort roles and the facts the rules need about them. */
const AccessRow = z.object({
  id: z.string(),
  status: SessionStatus,
  startedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  interviewerId: z.string(),
  candidateId: z.string().nullable(),
  promptId: z.string(),
  cohortId: z.string().nullable(),
  sessionCohortRole: z.enum(COHORT_ROLES).nullable(),
  promptCohortId: z.string().nullable(),
  promptAuthorId: z.string().nullable(),
  promptCohortRole: z.enum(COHORT_ROLES).nullable(),
  feedbackReleased: z.boolean(),
  candidateOfOpenSession: z.boolean(),
});

/**
 * Who the caller is in a session and what the interview rules let them do, including the
 * prompt's own guide policy for them, in one statement (every API route asks this first).
 * Someone with no part in it gets NotFound, so a session's existence does not leak.
 */
export async function loadSessionAccess(
  db: Reader,
  sessionId: string,
  userId: string,
): Promise<SessionAccess> {
  const rows = await db.$queryRaw<unknown[]>`
    select s."id", s."status"::text as "status", s."startedAt", s."endedAt", s."interviewerId",
      s."candidateId", s."promptId", s."cohortId",
      (select m."role"::text from "CohortMember" m
        where m."cohortId" = s."cohortId" and m."userId" = ${userId}) as "sessionCohortRole",
      p."cohortId" as "promptCohortId", p."authorId" as "promptAuthorId",
      (select m."role"::text from "CohortMember" m
        where m."cohortId" = p."cohortId" and m."userId" = ${userId}) as "promptCohortRole",
      exists (select 1 from "Scorecard" c
        where c."sessionId" = s."id" and c."releasedAt" is not null) as "feedbackReleased",
      exists (select 1 from "InterviewSession" o join "Prompt" op on op."id" = o."promptId"
        where o."candidateId" = ${userId} and o."status" in ('SCHEDULED', 'LIVE')
          and op."slug" = p."slug") as "candidateOfOpenSession"
    from "InterviewSession" s join "Prompt" p on p."id" = s."promptId"
    where s."id" = ${sessionId}`;
  const session = rows[0] === undefined ? null : AccessRow.parse(rows[0]);
  if (!session) throw new NotFoundError("No such session");
  const cohortRole = session.sessionCohortRole;
  let seat: SessionAccess["role"] | "none" = "none";
  if (session.interviewerId === userId) seat = "interviewer";
  else if (session.candidateId === userId) seat = "candidate";
  else if (mayInCohort(cohortRole, "observe-sessions")) seat = "observer";
  // A cohort's sessions are for its current members: leaving or removal ends the seat.
  const role = cohortSessionSeat({ seat, cohortSession: session.cohortId !== null, cohortRole });
  if (role === "none") throw new NotFoundError("No such session");
  const promptGuide = promptGuideFacts(
    { cohortId: session.promptCohortId, authorId: session.promptAuthorId },
    {
      id: userId,
      readsCohortGuides: mayInCohort(session.promptCohortRole, "read-guides"),
      candidateOfOpenSession: session.candidateOfOpenSession,
    },
  );
  const { status, feedbackReleased } = session;
  const stage = stageOf(status, feedbackReleased);
  return {
    sessionId: session.id,
    role,
    status,
    stage,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    feedbackReleased,
    interviewerId: session.interviewerId,
    candidateId: session.candidateId,
    promptId: session.promptId,
    viewer: { role, stage, promptGuide },
    can: capabilitiesFor(role, { status, feedbackReleased, promptGuide }),
  };
}

/** Whether the session rules let this caller do this now. */
export function allows(access: SessionAccess, action: SessionAction): boolean {
  return decide(access.viewer, action) === "allowed";
}

/**
 * Throws unless the session rules let the caller do this now. One message: every refusal
 * is Forbidden (reads). Two: a role that never may is Forbidden, a role that may at
 * another stage is a Conflict (changes that wait for, or came after, their moment).
 */
export function requireAllowed(
  access: SessionAccess,
  action: SessionAction,
  refusal: string | { role: string; stage: string },
): void {
  requireDecision(decide(access.viewer, action), refusal);
}

/** Throws as `requireAllowed` does, for a decision a rule made with more facts than the action. */
export function requireDecision(decision: Decision, refusal: string | { role: string; stage: string }): void {
  if (decision === "allowed") return;
  if (typeof refusal === "string") throw new ForbiddenError(refusal);
  if (decision === "stage") throw new ConflictError(refusal.stage);
  throw new ForbiddenError(refusal.role);
}
