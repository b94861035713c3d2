import type { Prompt } from "./schema";

// What the candidate is shown of a prompt, and a check that none of it gives away the
// interviewer's guide. Used by the content tests; usable on a cohort's own prompts too.

/** One piece of text the candidate sees, with where it is in the prompt. */
export interface CandidateText {
  field: string;
  text: string;
}

/** Every field of a prompt the candidate sees: title, brief, and each phase's title and instruction. */
export function candidateTexts(prompt: Pick<Prompt, "title" | "brief" | "phases">): CandidateText[] {
  const { brief } = prompt;
  return [
    { field: "title", text: prompt.title },
    { field: "brief.summary", text: brief.summary },
    { field: "brief.context", text: brief.context },
    ...brief.requirements.map((text, index) => ({ field: `brief.requirements[${index}]`, text })),
    ...brief.constraints.map((text, index) => ({ field: `brief.constraints[${index}]`, text })),
    { field: "brief.deliverable", text: brief.deliverable },
    ...prompt.phases.flatMap((phase) => [
      { field: `phases.${phase.key}.title`, text: phase.title },
      { field: `phases.${phase.key}.instruction`, text: phase.instruction },
    ]),
  ].filter((item) => item.text.length > 0);
}

/** Lower case, accents dropped, anything but letters and digits turned into single spaces. */
export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A key point the candidate can read, and the words that give it away. */
export interface Leak {
  field: string;
  keyPoint: string;
  shared: string;
}

/**
 * The guide's key points that a candidate-facing field gives away: a field containing a whole
 * key point, or sharing a run of `words` or more consecutive words with one (normalised text).
 */
export function candidateLeaks(
  prompt: Pick<Prompt, "title" | "brief" | "phases" | "guide">,
  words = 6,
): Leak[] {
  const fields = candidateTexts(prompt).map((item) => ({ ...item, normal: ` ${normalise(item.text)} ` }));
  const leaks: Leak[] = [];
  for (const keyPoint of prompt.guide.keyPoints) {
    const normal = normalise(keyPoint);
    const tokens = normal.split(" ");
    const runs = new Set<string>();
    for (let start = 0; start + words <= tokens.length; start++)
      runs.add(tokens.slice(start, start + words).join(" "));
    for (const field of fields) {
      if (normal.length > 0 && field.normal.includes(` ${normal} `)) {
        leaks.push({ field: field.field, keyPoint, shared: normal });
        continue;
      }
      const run = [...runs].find((sequence) => field.normal.includes(` ${sequence} `));
      if (run) leaks.push({ field: field.field, keyPoint, shared: run });
    }
  }
  return leaks;
}
