import {
  type CohortFocus,
  type PracticeRecord,
  type PromptOption,
  rankPrompts,
} from "../rotation/prompt-choice";
import { qualifiedDimension } from "./dimension-stats";

/** A prompt option with the rubric it is scored on and that rubric's dimensions. */
export interface ScoredPromptOption extends PromptOption {
  rubric: string;
  dimensions: readonly string[];
}

export interface SuggestedPrompt {
  prompt: ScoredPromptOption;
  /** The weak dimension (qualified) this prompt practises. */
  dimension: string;
}

/**
 * The next prompts to practise, `count` at most: for the weakest dimensions in turn, the
 * best prompt (as the rotation would choose it: never one already met) scored on that
 * dimension, one prompt per dimension while weak dimensions last, then more for the weakest.
 */
export function suggestPrompts(input: {
  memberId: string;
  /** Qualified dimensions, weakest first. */
  weakest: readonly string[];
  options: readonly ScoredPromptOption[];
  focus: CohortFocus;
  record: PracticeRecord;
  cohortUse: ReadonlyMap<string, number>;
  count?: number;
}): SuggestedPrompt[] {
  const count = input.count ?? 3;
  const ranked = rankPrompts({
    candidateId: input.memberId,
    options: input.options,
    focus: input.focus,
    record: input.record,
    cohortUse: input.cohortUse,
  }) as ScoredPromptOption[];
  const practises = (option: ScoredPromptOption, dimension: string) =>
    option.dimensions.some((key) => qualifiedDimension(option.rubric, key) === dimension);
  const chosen: SuggestedPrompt[] = [];
  const taken = new Set<string>();
  for (let pass = 0; pass < count && chosen.length < count; pass++) {
    let added = false;
    for (const dimension of input.weakest) {
      if (chosen.length >= count) break;
      const prompt = ranked.find((option) => !taken.has(option.slug) && practises(option, dimension));
      if (!prompt) continue;
      taken.add(prompt.slug);
      chosen.push({ prompt, dimension });
      added = true;
    }
    if (!added) break;
  }
  return chosen;
}
