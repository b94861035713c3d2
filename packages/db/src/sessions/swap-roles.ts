import { rankPrompts } from "@mockboard/interview";
import type { Db } from "../client";
import { ConflictError } from "../errors";
import { loadSessionAccess, requireAllowed } from "../live-session/access";
import { lockSession } from "../live-session/lock";
import { notify } from "../notifications";
import {
  loadCohortFocus,
  loadCohortPromptUse,
  loadPracticeRecords,
  loadPromptOptions,
} from "../rotation/practice";
import { createScheduledSession } from "./scheduled-sessions";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Same weekday and time a week after the session, or this time tomorrow if that has passed. */
export function swapTime(
  session: { scheduledAt: Date | null; startedAt: Date | null },
  now = Date.now(),
): Date {
  const base = (session.scheduledAt ?? session.startedAt)?.getTime() ?? now;
  const nextWeek = base + WEEK_MS;
  return new Date(nextWeek > now + HOUR_MS ? nextWeek : Math.ceil((now + 24 * HOUR_MS) / HOUR_MS) * HOUR_MS);
}

/**
 * "Swap roles": schedules the same two people with the seats reversed, on a prompt the new
 * candidate never met (from the cohort's kinds and rounds, or, outside a cohort, the same
 * kind of round). Asking twice returns the session the first ask made.
 */
export async function swapRoles(db: Db, sessionId: string, userId: string): Promise<{ sessionId: string }> {
  return db.$transaction(
    async (tx) => {
      await lockSession(tx, sessionId);
      const access = await loadSessionAccess(tx, sessionId, userId);
      const session = await tx.interviewSession.findUniqueOrThrow({
        where: { id: sessionId },
        select: {
          title: true,
          cohortId: true,
          interviewerId: true,
          candidateId: true,
          scheduledAt: true,
          startedAt: true,
          prompt: { select: { kind: true, roundType: true } },
        },
      });
      requireAllowed(access, "swap-roles", {
        role: "You have no part in this session",
        stage: "Roles can be swapped once the session has ended",
      });
      if (!session.candidateId) throw new ConflictError("Nobody was interviewed in this session");
      const earlier = await tx.sessionEvent.findFirst({
        where: { kind: "CREATED", data: { path: ["swappedFrom"], equals: sessionId } },
        select: { sessionId: true },
      });
      if (earlier) return { sessionId: earlier.sessionId };
      const candidateId = session.interviewerId;
      const interviewerId = session.candidateId as string;
      if (session.cohortId) {
        const stillIn = await tx.cohortMember.count({
          where: { cohortId: session.cohortId, userId: { in: [candidateId, interviewerId] } },
        });
        if (stillIn < 2) throw new ConflictError("One of the two is no longer in the cohort");
      }
      const focus = session.cohortId
        ? await loadCohortFocus(tx, session.cohortId)
        : { kinds: [session.prompt.kind], rounds: [session.prompt.roundType] };
      const [options, records, cohortUse] = await Promise.all([
        loadPromptOptions(tx, session.cohortId),
        loadPracticeRecords(tx, [candidateId]),
        session.cohortId ? loadCohortPromptUse(tx, session.cohortId) : new Map<string, number>(),
      ]);
      const record = records.get(candidateId);
      const [prompt] = record ? rankPrompts({ candidateId, options, focus, record, cohortUse }) : [];
      if (!prompt) throw new ConflictError("No prompt is left that the new candidate has not met");
      const created = await createScheduledSession(tx, {
        cohortId: session.cohortId,
        promptId: prompt.id,
        interviewerId,
        candidateId,
        scheduledAt: swapTime(session),
        createdById: userId,
        origin: { swappedFrom: sessionId },
      });
      await notify(
        tx,
        [interviewerId, candidateId]
          .filter((id) => id !== userId)
          .map((id) => ({
            userId: id,
            kind: "SESSION_SCHEDULED" as const,
            title: "Roles swapped: a new session is scheduled",
            body: `After “${session.title}”, the two of you meet again with the seats reversed.`,
            href: `/sessions/${created.id}`,
          })),
      );
      return { sessionId: created.id };
    },
    { timeout: 30_000 },
  );
}
