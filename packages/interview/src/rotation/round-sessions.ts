import type { PlannedRound } from "./pair-round";
import {
  type CohortFocus,
  type PracticeRecord,
  type PromptOption,
  practiceArea,
  rankPrompts,
} from "./prompt-choice";

/** One interview of a round: the first slot, or the second where the two swap roles. */
export interface RoundSession {
  slot: 1 | 2;
  interviewerId: string;
  candidateId: string;
  /** Null when no prompt is left that the candidate has not met: the owner picks one. */
  promptId: string | null;
}

/**
 * The round's sessions with a prompt for each candidate. Prompts are chosen one session
 * after another, each seeing the ones before: in the second slot the new candidate just
 * interviewed on the first slot's prompt, so they never get it, and a prompt handed out
 * once counts as used by the cohort.
 */
export function sessionsForRound(input: {
  planned: PlannedRound;
  options: readonly PromptOption[];
  focus: CohortFocus;
  records: ReadonlyMap<string, PracticeRecord>;
  cohortUse: ReadonlyMap<string, number>;
}): RoundSession[] {
  // Copies the round can add to, so the caller's records stay as they were.
  const records = new Map<
    string,
    { asked: Set<string>; interviewed: Set<string>; practised: Map<string, number> }
  >();
  const recordOf = (id: string) => {
    let record = records.get(id);
    if (!record) {
      const known: PracticeRecord | undefined = input.records.get(id);
      record = {
        asked: new Set(known?.asked),
        interviewed: new Set(known?.interviewed),
        practised: new Map(known?.practised),
      };
      records.set(id, record);
    }
    return record;
  };
  const cohortUse = new Map(input.cohortUse);
  const sessions: RoundSession[] = [];
  const slots = [
    ...input.planned.pairs.map((pair) => ({
      slot: 1 as const,
      interviewerId: pair.first,
      candidateId: pair.second,
    })),
    ...input.planned.pairs.map((pair) => ({
      slot: 2 as const,
      interviewerId: pair.second,
      candidateId: pair.first,
    })),
  ];
  for (const seat of slots) {
    const candidate = recordOf(seat.candidateId);
    const [choice] = rankPrompts({
      candidateId: seat.candidateId,
      options: input.options,
      focus: input.focus,
      record: candidate,
      cohortUse,
    });
    sessions.push({ ...seat, promptId: choice?.id ?? null });
    if (!choice) continue;
    candidate.asked.add(choice.slug);
    const area = practiceArea(choice.kind, choice.roundType);
    candidate.practised.set(area, (candidate.practised.get(area) ?? 0) + 1);
    recordOf(seat.interviewerId).interviewed.add(choice.slug);
    cohortUse.set(choice.slug, (cohortUse.get(choice.slug) ?? 0) + 1);
  }
  return sessions;
}
