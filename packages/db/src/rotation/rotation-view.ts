import { rankPrompts } from "@mockboard/interview";
import type { RotationSeat, RotationStatus, SessionStatus } from "@prisma/client";
import type { Db } from "../client";
import { loadCohortAccess, requireCohortRight } from "../cohorts/cohort-access";
import { loadCohortFocus, loadCohortPromptUse, loadPracticeRecords, loadPromptOptions } from "./practice";

export interface RoundPairingView {
  id: string;
  slot: number;
  scheduledAt: Date;
  interviewer: { id: string; name: string | null };
  candidate: { id: string; name: string | null };
  /** Null for a member looking at a session that is not theirs: the prompt stays between the two. */
  prompt: { id: string; title: string } | null;
  session: { id: string; status: SessionStatus } | null;
  /** Draft only: other prompts the candidate could get, best first. */
  alternatives: { id: string; title: string }[];
}

export interface RoundView {
  id: string;
  number: number;
  status: RotationStatus;
  firstSlotAt: Date;
  secondSlotAt: Date;
  publishedAt: Date | null;
  pairings: RoundPairingView[];
  seats: { userId: string; name: string | null; seat: RotationSeat }[];
}

export interface RotationView {
  /** The draft being prepared; only owners and coaches see it. */
  draft: RoundView | null;
  published: RoundView[];
  canRun: boolean;
}

const ALTERNATIVES = 8;

/** The cohort's rounds: the draft for those who run the rotation, published rounds for everyone. */
export async function getRotation(db: Db, cohortId: string, userId: string, take = 6): Promise<RotationView> {
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.view, "Only members see the cohort");
  const canRun = access.rights.runRotation;
  const rounds = await db.rotationRound.findMany({
    where: { cohortId, ...(canRun ? {} : { status: "PUBLISHED" }) },
    orderBy: { number: "desc" },
    take: take + 1,
    select: {
      id: true,
      number: true,
      status: true,
      firstSlotAt: true,
      secondSlotAt: true,
      publishedAt: true,
      participants: { select: { userId: true, seat: true, user: { select: { name: true } } } },
      pairings: {
        orderBy: [{ slot: "asc" }, { scheduledAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          slot: true,
          scheduledAt: true,
          interviewer: { select: { id: true, name: true } },
          candidate: { select: { id: true, name: true } },
          prompt: { select: { id: true, title: true } },
          session: { select: { id: true, status: true } },
        },
      },
    },
  });
  const views: RoundView[] = rounds.map((round) => ({
    ...round,
    seats: round.participants
      .map((entry) => ({ userId: entry.userId, name: entry.user.name, seat: entry.seat }))
      .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "")),
    pairings: round.pairings.map((pairing) => ({
      ...pairing,
      prompt:
        canRun || pairing.interviewer.id === userId || pairing.candidate.id === userId
          ? pairing.prompt
          : null,
      alternatives: [],
    })),
  }));
  const draft = views.find((round) => round.status === "DRAFT") ?? null;
  if (draft) await addAlternatives(db, cohortId, draft);
  return { draft, published: views.filter((round) => round.status === "PUBLISHED").slice(0, take), canRun };
}

/** For each draft session, the prompts the owner could swap in, as the prompt rule ranks them. */
async function addAlternatives(db: Db, cohortId: string, draft: RoundView) {
  const candidates = [...new Set(draft.pairings.map((pairing) => pairing.candidate.id))];
  const [options, focus, records, cohortUse] = await Promise.all([
    loadPromptOptions(db, cohortId),
    loadCohortFocus(db, cohortId),
    loadPracticeRecords(db, candidates),
    loadCohortPromptUse(db, cohortId),
  ]);
  for (const pairing of draft.pairings) {
    const record = records.get(pairing.candidate.id);
    if (!record) continue;
    pairing.alternatives = rankPrompts({
      candidateId: pairing.candidate.id,
      options,
      focus,
      record,
      cohortUse,
    })
      .filter((option) => option.id !== pairing.prompt?.id)
      .slice(0, ALTERNATIVES)
      .map(({ id, title }) => ({ id, title }));
  }
}
