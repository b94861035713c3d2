import { unscoredDimensions } from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { ConflictError } from "../errors";
import { loadSessionAccess, requireAllowed } from "../live-session/access";
import { notifySessionChanged } from "../live-session/feed";
import { lockSession } from "../live-session/lock";
import { EvidenceItem, type ScorecardDraft } from "./scorecard-input";
import { type ScoringRubric, sessionRubric } from "./session-rubric";

type Tx = Prisma.TransactionClient;

export interface ScorecardView {
  rubric: ScoringRubric;
  draft: ScorecardDraft;
  submittedAt: string | null;
  releasedAt: string | null;
  updatedAt: string | null;
  /** Edits made after submission, each keeping the card as it stood before. */
  revisions: number;
  /** Released, then edited: the candidate reads the card as released until it is released again. */
  unreleasedEdits: boolean;
}

export const cardSelect = {
  id: true,
  recommendation: true,
  summary: true,
  submittedAt: true,
  releasedAt: true,
  updatedAt: true,
  scores: { select: { dimensionKey: true, level: true, notObserved: true, evidence: true } },
  _count: { select: { revisions: true } },
  revisions: { select: { at: true }, orderBy: { at: "desc" }, take: 1 },
} as const;

export type CardRow = Prisma.ScorecardGetPayload<{ select: typeof cardSelect }>;

/** A card's columns as the draft the interviewer edits (and, submitted, as feedback reads it). */
export function draftOf(card: Pick<CardRow, "scores" | "recommendation" | "summary">): ScorecardDraft {
  const levels: ScorecardDraft["levels"] = {};
  const evidence: ScorecardDraft["evidence"] = {};
  for (const score of card.scores) {
    if (score.level !== null) levels[score.dimensionKey] = score.level;
    else if (score.notObserved) levels[score.dimensionKey] = null;
    evidence[score.dimensionKey] = EvidenceItem.array().catch([]).parse(score.evidence);
  }
  return { levels, evidence, recommendation: card.recommendation, summary: card.summary };
}

export function viewOf(rubric: ScoringRubric, card: CardRow): ScorecardView {
  return {
    rubric,
    draft: draftOf(card),
    submittedAt: card.submittedAt?.toISOString() ?? null,
    releasedAt: card.releasedAt?.toISOString() ?? null,
    updatedAt: card.updatedAt.toISOString(),
    revisions: card._count.revisions,
    unreleasedEdits: editedSinceRelease(card),
  };
}

/** Released, then edited: the newest revision (kept by a save) is no older than the release. */
export function editedSinceRelease(card: Pick<CardRow, "releasedAt" | "revisions">): boolean {
  return card.releasedAt !== null && (card.revisions[0]?.at ?? 0) >= card.releasedAt;
}

/**
 * A first draft: each dimension's evidence starts from the notes tagged with it, each item
 * naming its note so the scorecard can mark it as going to the candidate on release.
 */
export function prefilledDraft(
  notes: { id: string; dimensionKey: string | null; text: string; offsetMs: number }[],
): ScorecardDraft {
  const evidence: ScorecardDraft["evidence"] = {};
  for (const note of [...notes].sort((a, b) => a.offsetMs - b.offsetMs)) {
    const text = note.text.trim();
    if (!note.dimensionKey || !text) continue;
    evidence[note.dimensionKey] = [
      ...(evidence[note.dimensionKey] ?? []),
      { text: text.slice(0, 2_000), atMs: note.offsetMs, noteId: note.id },
    ];
  }
  return { levels: {}, evidence, recommendation: null, summary: "" };
}

/** The interviewer's card, or a draft prefilled from their tagged notes when none was saved yet. */
export function scorecardOf(
  rubric: ScoringRubric,
  card: CardRow | null,
  notes: Parameters<typeof prefilledDraft>[0],
): ScorecardView {
  if (card) return viewOf(rubric, card);
  return {
    rubric,
    draft: prefilledDraft(notes),
    submittedAt: null,
    releasedAt: null,
    updatedAt: null,
    revisions: 0,
    unreleasedEdits: false,
  };
}

/** The interviewer's own scorecard, or a prefilled draft when none was saved yet. */
export async function getScorecard(db: Db, sessionId: string, userId: string): Promise<ScorecardView> {
  const access = await loadSessionAccess(db, sessionId, userId);
  requireAllowed(access, "write-scorecard", "Only the session's interviewer scores it");
  const [rubric, card, notes] = await Promise.all([
    sessionRubric(db, sessionId),
    db.scorecard.findUnique({
      where: { sessionId_interviewerId: { sessionId, interviewerId: userId } },
      select: cardSelect,
    }),
    db.note.findMany({
      where: { sessionId, authorId: userId, dimensionKey: { not: null } },
      orderBy: [{ offsetMs: "asc" }, { id: "asc" }],
      select: { id: true, dimensionKey: true, text: true, offsetMs: true },
    }),
  ]);
  return scorecardOf(rubric, card, notes);
}

function checkDimensions(rubric: ScoringRubric, draft: ScorecardDraft | Pick<ScorecardDraft, "levels">) {
  const known = new Set(rubric.dimensions.map((dimension) => dimension.key));
  const keys = [...Object.keys(draft.levels), ...Object.keys("evidence" in draft ? draft.evidence : {})];
  const unknown = keys.filter((key) => !known.has(key));
  if (unknown.length)
    throw new ConflictError(`Not dimensions of this session's rubric: ${unknown.join(", ")}`);
}

/** Autosave. After submission every save keeps the previous card as a revision. */
export async function saveScorecard(
  db: Db,
  sessionId: string,
  userId: string,
  draft: ScorecardDraft,
): Promise<ScorecardView> {
  return db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(access, "write-scorecard", "Only the session's interviewer scores it");
    const rubric = await sessionRubric(tx, sessionId);
    checkDimensions(rubric, draft);
    const existing = await tx.scorecard.findUnique({
      where: { sessionId_interviewerId: { sessionId, interviewerId: userId } },
      select: cardSelect,
    });
    if (existing?.submittedAt) {
      await tx.scorecardRevision.create({
        data: {
          scorecardId: existing.id,
          // Stamped inside the session lock, on the clock releasedAt is stamped with: the
          // released feedback is the first revision kept at or after the release (feedback.ts).
          at: new Date(),
          snapshot: { ...draftOf(existing), submittedAt: existing.submittedAt },
        },
      });
    }
    const card = await tx.scorecard.upsert({
      where: { sessionId_interviewerId: { sessionId, interviewerId: userId } },
      create: {
        sessionId,
        interviewerId: userId,
        recommendation: draft.recommendation,
        summary: draft.summary,
      },
      update: { recommendation: draft.recommendation, summary: draft.summary },
      select: { id: true },
    });
    await writeScores(tx, card.id, rubric, draft);
    const saved = await tx.scorecard.findUniqueOrThrow({ where: { id: card.id }, select: cardSelect });
    return viewOf(rubric, saved);
  });
}

async function writeScores(tx: Tx, scorecardId: string, rubric: ScoringRubric, draft: ScorecardDraft) {
  await tx.score.deleteMany({ where: { scorecardId } });
  const rows = rubric.dimensions
    .filter((dimension) => dimension.key in draft.levels || (draft.evidence[dimension.key]?.length ?? 0) > 0)
    .map((dimension) => {
      const level = draft.levels[dimension.key];
      return {
        scorecardId,
        dimensionKey: dimension.key,
        level: level ?? null,
        // Key present with null = "not observed"; key absent = not decided yet.
        notObserved: level === null,
        evidence: (draft.evidence[dimension.key] ?? []) as Prisma.InputJsonValue,
      };
    });
  await tx.score.createMany({ data: rows });
}

/** Submission needs the session to be over, every dimension decided and a recommendation. */
export async function submitScorecard(db: Db, sessionId: string, userId: string): Promise<ScorecardView> {
  return db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(access, "submit-scorecard", {
      role: "Only the session's interviewer scores it",
      stage: "End the session before submitting the scorecard",
    });
    const rubric = await sessionRubric(tx, sessionId);
    const card = await tx.scorecard.findUnique({
      where: { sessionId_interviewerId: { sessionId, interviewerId: userId } },
      select: cardSelect,
    });
    if (!card) throw new ConflictError("Score the dimensions before submitting");
    if (card.submittedAt) throw new ConflictError("The scorecard was already submitted");
    const draft = draftOf(card);
    const missing = unscoredDimensions(rubric.dimensions, draft.levels);
    if (missing.length) throw new ConflictError(`Score or mark as not observed: ${missing.join(", ")}`);
    if (!draft.recommendation) throw new ConflictError("Choose an overall recommendation");
    await tx.scorecard.update({ where: { id: card.id }, data: { submittedAt: new Date() } });
    await tx.sessionEvent.create({ data: { sessionId, kind: "SCORE_SUBMITTED", actorId: userId } });
    await notifySessionChanged(tx, { sessionId, kind: "scorecard" });
    const saved = await tx.scorecard.findUniqueOrThrow({ where: { id: card.id }, select: cardSelect });
    return viewOf(rubric, saved);
  });
}

/**
 * The candidate may read the scores from now on, as they stand now. Edits saved after a
 * release reach the candidate only when released again; with no edit since, it is refused.
 */
export async function releaseFeedback(db: Db, sessionId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(access, "release-feedback", {
      role: "Only the interviewer releases feedback",
      stage: "Submit the scorecard before releasing feedback",
    });
    const card = await tx.scorecard.findUnique({
      where: { sessionId_interviewerId: { sessionId, interviewerId: userId } },
      select: { id: true, submittedAt: true, releasedAt: true },
    });
    if (!card?.submittedAt) throw new ConflictError("Submit the scorecard before releasing feedback");
    if (card.releasedAt) {
      const editedSince = await tx.scorecardRevision.count({
        where: { scorecardId: card.id, at: { gte: card.releasedAt } },
      });
      if (editedSince === 0) throw new ConflictError("Feedback was already released");
    }
    await tx.scorecard.update({ where: { id: card.id }, data: { releasedAt: new Date() } });
    await tx.sessionEvent.create({ data: { sessionId, kind: "SCORECARD_RELEASED", actorId: userId } });
    await notifySessionChanged(tx, { sessionId, kind: "scorecard" });
  });
}
