import { unscoredDimensions } from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { ConflictError } from "../errors";
import { loadSessionAccess, requireAllowed } from "../live-session/access";
import { notifySessionChanged } from "../live-session/feed";
import { lockSession } from "../live-session/lock";
import { SelfAssessmentDraft } from "./scorecard-input";
import { type ScoringRubric, sessionRubric } from "./session-rubric";

export interface SelfAssessmentView {
  rubric: ScoringRubric;
  draft: SelfAssessmentDraft;
  submittedAt: string | null;
}

export function selfDraftOf(row: { levels: Prisma.JsonValue; summary: string } | null): SelfAssessmentDraft {
  if (!row) return { levels: {}, summary: "" };
  return SelfAssessmentDraft.catch({ levels: {}, summary: "" }).parse({
    levels: row.levels,
    summary: row.summary,
  });
}

/** The candidate's own scores on the session's rubric, made before reading the interviewer's. */
export async function getSelfAssessment(
  db: Db,
  sessionId: string,
  userId: string,
): Promise<SelfAssessmentView> {
  const access = await loadSessionAccess(db, sessionId, userId);
  requireAllowed(
    access,
    "read-own-self-assessment",
    "Only the candidate assesses themselves, after the session",
  );
  const row = await db.selfAssessment.findUnique({
    where: { sessionId_candidateId: { sessionId, candidateId: userId } },
    select: { levels: true, summary: true, submittedAt: true },
  });
  return {
    rubric: await sessionRubric(db, sessionId),
    draft: selfDraftOf(row),
    submittedAt: row?.submittedAt?.toISOString() ?? null,
  };
}

/** Autosave until submitted; a submitted self-assessment is final (it is compared with the scores). */
export async function saveSelfAssessment(
  db: Db,
  sessionId: string,
  userId: string,
  draft: SelfAssessmentDraft,
  options: { submit?: boolean } = {},
): Promise<SelfAssessmentView> {
  return db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(access, "write-self-assessment", {
      role: "Only the candidate assesses themselves",
      stage: "The self-assessment is written after the session and before feedback is released",
    });
    const rubric = await sessionRubric(tx, sessionId);
    const known = new Set(rubric.dimensions.map((dimension) => dimension.key));
    const unknown = Object.keys(draft.levels).filter((key) => !known.has(key));
    if (unknown.length)
      throw new ConflictError(`Not dimensions of this session's rubric: ${unknown.join(", ")}`);
    const existing = await tx.selfAssessment.findUnique({
      where: { sessionId_candidateId: { sessionId, candidateId: userId } },
      select: { submittedAt: true },
    });
    if (existing?.submittedAt) throw new ConflictError("Your self-assessment was already submitted");
    if (options.submit) {
      const missing = unscoredDimensions(rubric.dimensions, draft.levels);
      if (missing.length) throw new ConflictError(`Score or mark as not observed: ${missing.join(", ")}`);
    }
    const submittedAt = options.submit ? new Date() : null;
    const data = { levels: draft.levels as Prisma.InputJsonValue, summary: draft.summary, submittedAt };
    await tx.selfAssessment.upsert({
      where: { sessionId_candidateId: { sessionId, candidateId: userId } },
      create: { sessionId, candidateId: userId, ...data },
      update: data,
    });
    if (submittedAt) {
      await tx.sessionEvent.create({
        data: { sessionId, kind: "SELF_ASSESSED", actorId: userId, at: submittedAt },
      });
      await notifySessionChanged(tx, { sessionId, kind: "self-assessment" });
    }
    return { rubric, draft, submittedAt: submittedAt?.toISOString() ?? null };
  });
}
