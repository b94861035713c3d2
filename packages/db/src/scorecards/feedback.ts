import type { Recommendation, ScoreLevel } from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { allows, loadSessionAccess, requireAllowed, type SessionAccess } from "../live-session/access";
import { type EvidenceItem, ScorecardDraft, SelfAssessmentDraft } from "./scorecard-input";
import { draftOf } from "./scorecards";
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

/** A submitted scorecard's columns, as feedback reads them. */
export const submittedCardSelect = {
  id: true,
  releasedAt: true,
  recommendation: true,
  summary: true,
  scores: { select: { dimensionKey: true, level: true, notObserved: true, evidence: true } },
} as const;
type SubmittedCard = Prisma.ScorecardGetPayload<{ select: typeof submittedCardSelect }>;

/**
 * The card as it stood at its (latest) release, when it was edited since: every save after
 * submission keeps the card as it stood before in a revision, so the first revision kept at
 * or after the release is it. Null when never released or not edited since.
 */
export async function releasedSnapshot(
  db: Db,
  card: Pick<SubmittedCard, "id" | "releasedAt">,
): Promise<ScorecardDraft | null> {
  if (!card.releasedAt) return null;
  const asReleased = await db.scorecardRevision.findFirst({
    where: { scorecardId: card.id, at: { gte: card.releasedAt } },
    orderBy: { at: "asc" },
    select: { snapshot: true },
  });
  return asReleased ? ScorecardDraft.parse(asReleased.snapshot) : null;
}

/** The submitted card as its readers get it: as released when it was edited since the release. */
export function readableCardOf(card: SubmittedCard, asReleased: ScorecardDraft | null): ScorecardDraft {
  return asReleased ?? draftOf(card);
}

/**
 * The feedback view from what was read: the interviewer's part only when the rules let
 * the caller read the scores (the caller must not even have loaded it otherwise).
 */
export function feedbackOf(
  access: SessionAccess,
  rubric: ScoringRubric,
  card: ScorecardDraft | null,
  selfRow: { levels: Prisma.JsonValue; summary: string } | null,
): FeedbackView {
  requireAllowed(access, "read-feedback", "Feedback is available after the session");
  const scores = allows(access, "read-scores") ? card : null;
  // The interviewer sees the self-assessment only once the candidate submitted it.
  const self = selfRow ? SelfAssessmentDraft.catch({ levels: {}, summary: "" }).parse(selfRow) : null;
  return {
    released: access.feedbackReleased,
    rubric,
    interviewer: scores
      ? {
          levels: scores.levels,
          evidence: Object.fromEntries(
            Object.entries(scores.evidence).map(([key, items]) => [
              key,
              items.map(({ noteId: _, ...item }) => item),
            ]),
          ),
          recommendation: scores.recommendation,
          summary: scores.summary,
        }
      : null,
    self,
  };
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
  const [rubric, card, selfRow] = await Promise.all([
    sessionRubric(db, sessionId),
    allows(access, "read-scores") ? readableCard(db, sessionId) : null,
    db.selfAssessment.findFirst({
      where: { sessionId, submittedAt: { not: null } },
      select: { levels: true, summary: true },
    }),
  ]);
  return feedbackOf(access, rubric, card, selfRow);
}

async function readableCard(db: Db, sessionId: string): Promise<ScorecardDraft | null> {
  const card = await db.scorecard.findFirst({
    where: { sessionId, submittedAt: { not: null } },
    select: submittedCardSelect,
  });
  return card && readableCardOf(card, await releasedSnapshot(db, card));
}
