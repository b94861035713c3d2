import type { Prompt } from "./schema";

// What the candidate is shown of a prompt, and a check that none of it copies the
// interviewer's key points. Used by the leak check; usable on a cohort's own prompts too.

/**
 * One piece of text the candidate sees, with where it is in the prompt. `framing` marks the
 * question's own framing (the brief's summary and context, the company and the round): the
 * text that states what is asked. Everything else the candidate sees (title, slug, tags, a
 * behavioural prompt's signal, requirements, constraints, examples, deliverable, phases,
 * revealed stages) may only use terms of the answer that the framing already uses; see
 * leak-check.ts.
 */
export interface CandidateText {
  field: string;
  text: string;
  framing: boolean;
}

export type CandidateVisible = Pick<
  Prompt,
  "slug" | "title" | "tags" | "signal" | "company" | "roundType" | "brief" | "phases" | "stages"
>;

/** Every field of a prompt the candidate can see, including each stage once it is revealed. */
export function candidateTexts(prompt: CandidateVisible): CandidateText[] {
  const { brief } = prompt;
  const list = (field: string, texts: string[]) =>
    texts.map((text, index) => ({ field: `${field}[${index}]`, text, framing: false }));
  return [
    { field: "title", text: prompt.title, framing: false },
    { field: "slug", text: prompt.slug, framing: false },
    ...list("tags", prompt.tags),
    { field: "signal", text: prompt.signal ?? "", framing: false },
    { field: "company", text: prompt.company ?? "", framing: true },
    { field: "roundType", text: prompt.roundType, framing: true },
    { field: "brief.summary", text: brief.summary, framing: true },
    { field: "brief.context", text: brief.context, framing: true },
    ...list("brief.requirements", brief.requirements),
    ...list("brief.constraints", brief.constraints),
    ...brief.examples.flatMap((example, index) => [
      { field: `brief.examples[${index}].input`, text: example.input, framing: false },
      { field: `brief.examples[${index}].output`, text: example.output, framing: false },
      { field: `brief.examples[${index}].explanation`, text: example.explanation, framing: false },
    ]),
    { field: "brief.deliverable", text: brief.deliverable, framing: false },
    ...prompt.phases.flatMap((phase) => [
      { field: `phases.${phase.key}.title`, text: phase.title, framing: false },
      { field: `phases.${phase.key}.instruction`, text: phase.instruction, framing: false },
    ]),
    ...prompt.stages.flatMap((stage) => [
      { field: `stages.${stage.key}.title`, text: stage.title, framing: false },
      { field: `stages.${stage.key}.summary`, text: stage.summary, framing: false },
      ...list(`stages.${stage.key}.requirements`, stage.requirements),
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
export interface CopiedKeyPoint {
  field: string;
  keyPoint: string;
  shared: string;
}

/**
 * The guide's key points that a candidate-facing field copies: a field containing a whole key
 * point, or sharing a run of `words` or more consecutive words with one (normalised text).
 * This covers the framing too, which the term check trusts.
 */
export function copiedKeyPoints(
  prompt: CandidateVisible & Pick<Prompt, "guide">,
  words = 6,
): CopiedKeyPoint[] {
  const fields = candidateTexts(prompt).map((item) => ({ ...item, normal: ` ${normalise(item.text)} ` }));
  const copies: CopiedKeyPoint[] = [];
  for (const keyPoint of prompt.guide.keyPoints) {
    const normal = normalise(keyPoint);
    const tokens = normal.split(" ");
    const runs = new Set<string>();
    for (let start = 0; start + words <= tokens.length; start++)
      runs.add(tokens.slice(start, start + words).join(" "));
    for (const field of fields) {
      if (normal.length > 0 && field.normal.includes(` ${normal} `)) {
        copies.push({ field: field.field, keyPoint, shared: normal });
        continue;
      }
      const run = [...runs].find((sequence) => field.normal.includes(` ${sequence} `));
      if (run) copies.push({ field: field.field, keyPoint, shared: run });
    }
  }
  return copies;
}
