/** What a prompt's own guide policy knows about one viewer and one prompt. */
export interface GuideAccessFacts {
  /** A prompt of the built-in bank (not a cohort's own). */
  builtIn: boolean;
  /** The prompt's author, or someone whose role in its cohort may read its guides (cohort-rules.ts). */
  promptStaff: boolean;
  /** The viewer is the candidate of a scheduled or live session on this prompt (any version). */
  candidateOfOpenSession: boolean;
}

/**
 * A prompt's own guide policy, on prompt pages, APIs and search, and (through
 * session-rules.ts' `read-guide`) in every session room. Built-in prompts are open for
 * study, but never to someone about to be (or being) interviewed on that prompt; a
 * cohort's own prompts are for its owners and coaches.
 */
export function mayReadPromptGuide(facts: GuideAccessFacts): boolean {
  if (facts.candidateOfOpenSession) return false;
  return facts.promptStaff || facts.builtIn;
}
