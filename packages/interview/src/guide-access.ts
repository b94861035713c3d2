/** What decides whether someone may read a prompt's interviewer guide outside a session room. */
export interface GuideAccessFacts {
  /** A prompt of the built-in bank (not a cohort's own). */
  builtIn: boolean;
  /** An owner or coach of the prompt's cohort, or its author. */
  promptStaff: boolean;
  /** The viewer is the candidate of a scheduled or live session on this prompt (any version). */
  candidateOfOpenSession: boolean;
}

/**
 * The one rule for guides on prompt pages, APIs and search. Built-in prompts are open for
 * study, but never to someone about to be (or being) interviewed on that prompt; a cohort's
 * own prompts are for its owners and coaches. Inside a session, `capabilitiesFor` decides.
 */
export function mayReadPromptGuide(facts: GuideAccessFacts): boolean {
  if (facts.candidateOfOpenSession) return false;
  return facts.promptStaff || facts.builtIn;
}
