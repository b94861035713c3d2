import type { Recommendation, ScoreLevel } from "@mockboard/interview";
import type { Db } from "../client";
import { allows, loadSessionAccess, requireAllowed } from "../live-session/access";
import { EvidenceItem, ScorecardDraft, SelfAssessmentDraft } from "./scorecard-input";
import { type ScoringRubric, sessionRubric } from "./session-rubric";

export interface FeedbackView {
  released: boolean;
  rubric: ScoringRubric;
  /** The interviewer's submitted scores; present only once released (or to the interviewer). */
  interviewer: {
    levels: Record<string, ScoreLevel>;
    /** What the evidence says and when; which note it came from stays with the interviewer. */
    evidence: Record<string, Omit<EvidenceItem, "noteId">[]>;
    recommendation: Recommendation | null;
    summary: string;
  } | null;
  /** The candidate's own submitted assessment, to read beside the interviewer's. */
  self: SelfAssessmentDraft | null;
}

/**
 * Scores, evidence and summary side by side with the candidate's self-assessment. The
 * candidate receives the interviewer's part only after release; before that, nothing of
 * it is read from the database at all. After release everyone reads the card as released:
 * edits the interviewer saves later reach no one until they release again.
 */
export async function getFeedback(db: Db, sessionId: string, userId: string): Promise<FeedbackView> {
  const access = await loadSessionAccess(db, sessionId, userId);
  requireAllowed(access, "read-feedback", "Feedback is available after the session");
  const rubric = await sessionRubric(db, sessionId);
  const card = allows(access, "read-scores") ? await readableCard(db, sessionId) : null;
  const selfRow = await db.selfAssessment.findFirst({
    where: { sessionId, submittedAt: { not: null } },
    select: { levels: true, summary: true },
  });
  // The interviewer sees the self-assessment only once the candidate submitted it.
  const self = selfRow ? SelfAssessmentDraft.catch({ levels: {}, summary: "" }).parse(selfRow) : null;
  return {
    released: access.feedbackReleased,
    rubric,
    interviewer: card
      ? {
          levels: card.levels,
          evidence: Object.fromEntries(
            Object.entries(card.evidence).map(([key, items]) => [
              key,
              items.map(({ noteId: _, ...item }) => item),
            ]),
          ),
          recommendation: card.recommendation,
          summary: card.summary,
        }
      : null,
    self,
  };
}

/**
 * The submitted card as its readers get it. Once released, that is the card as it stood at
 * the (latest) release: every save after submission keeps the card as it stood before in a
 * revision, so when it was edited since, the first revision kept after the release is it.
 */
async function readableCard(db: Db, sessionId: string): Promise<ScorecardDraft | null> {
  const card = await db.scorecard.findFirst({
    where: { sessionId, submittedAt: { not: null } },
    select: {
      id: true,
      releasedAt: true,
      recommendation: true,
      summary: true,
      scores: { select: { dimensionKey: true, level: true, notObserved: true, evidence: true } },
    },
  });
  if (!card) return null;
  if (card.releasedAt) {
    const asReleased = await db.scorecardRevision.findFirst({
      where: { scorecardId: card.id, at: { gte: card.releasedAt } },
      orderBy: { at: "asc" },
      select: { snapshot: true },
    });
    if (asReleased) return ScorecardDraft.parse(asReleased.snapshot);
  }
  return {
    levels: Object.fromEntries(
      card.scores.filter((s) => s.level !== null || s.notObserved).map((s) => [s.dimensionKey, s.level]),
    ),
    evidence: Object.fromEntries(
      card.scores.map((s) => [s.dimensionKey, EvidenceItem.array().catch([]).parse(s.evidence)]),
    ),
    recommendation: card.recommendation,
    summary: card.summary,
  };
}
