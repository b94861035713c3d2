/** A prompt a rotation may hand out (the newest version; slugs name a prompt across versions). */
export interface PromptOption {
  id: string;
  slug: string;
  title: string;
  kind: string;
  roundType: string;
}

/** What a member already practised: which prompts they met, and how often each kind of round. */
export interface PracticeRecord {
  /** Slugs of prompts they were asked as the candidate. */
  asked: ReadonlySet<string>;
  /** Slugs of prompts they interviewed on: they read the guide, so it would be no test. */
  interviewed: ReadonlySet<string>;
  /** Sessions as the candidate per practice area (`practiceArea(kind, roundType)`). */
  practised: ReadonlyMap<string, number>;
}

export interface CohortFocus {
  /** Prompt kinds the cohort practises; empty means every kind. */
  kinds: readonly string[];
  /** Interview rounds the cohort practises; empty means every round. */
  rounds: readonly string[];
}

/** A kind of prompt in a kind of round: what "practised least" counts. */
export const practiceArea = (kind: string, roundType: string) => `${kind}/${roundType}`;

/** A small, stable hash, so ties break differently per candidate but the same on every run. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function inFocus(option: PromptOption, focus: CohortFocus): boolean {
  return (
    (focus.kinds.length === 0 || focus.kinds.includes(option.kind)) &&
    (focus.rounds.length === 0 || focus.rounds.includes(option.roundType))
  );
}

/**
 * Every prompt the candidate may be given, best first: within the cohort's kinds and
 * rounds, never one they were asked or interviewed on; areas they practised least first,
 * then prompts the cohort used least, then a per-candidate stable order.
 */
export function rankPrompts(input: {
  candidateId: string;
  options: readonly PromptOption[];
  focus: CohortFocus;
  record: PracticeRecord;
  /** How often the cohort already used each slug: spreads prompts across the cohort. */
  cohortUse: ReadonlyMap<string, number>;
}): PromptOption[] {
  const { record } = input;
  const fresh = input.options.filter(
    (option) =>
      inFocus(option, input.focus) && !record.asked.has(option.slug) && !record.interviewed.has(option.slug),
  );
  const practised = (option: PromptOption) =>
    record.practised.get(practiceArea(option.kind, option.roundType)) ?? 0;
  return fresh
    .map((option) => ({
      option,
      practised: practised(option),
      used: input.cohortUse.get(option.slug) ?? 0,
      spread: stableHash(`${input.candidateId}:${option.slug}`),
    }))
    .sort((a, b) => a.practised - b.practised || a.used - b.used || a.spread - b.spread)
    .map(({ option }) => option);
}
