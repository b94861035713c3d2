import { type CandidateVisible, candidateTexts, copiedKeyPoints, normalise } from "./candidate-text";
import { everydayStems, fillerStems, genericStems, type Term, termsOf } from "./leak-terms";
import type { Prompt, RoundType } from "./schema";

// Does anything a candidate can see give the answer away? A term is a leak when the candidate
// can see it outside the question's framing, the guide's answer (overview, key points,
// reference steps, key decisions) uses it, and the framing does not: the question never asked
// about it, so showing it hands the candidate part of the answer.
//
// - Framing: the brief's summary and context, the company and the round. In a specification
//   round (algorithms, OOP) the requirements, constraints, examples and stages are the
//   problem statement itself, so they are framing too. Phase titles and instructions that are
//   the round's format (shared templates, or repeated word for word across prompts) count as
//   framing when the caller passes them.
// - Outside the framing: title, slug, tags, signal, the rest of the brief, phases, stages.
// - A term: a word (by its Porter stem, without stop words and the generic vocabulary of
//   interviews), or a hyphenated phrase of words that are each known ("point-in-time",
//   "weight-decay"). Outside tags and the signal, everyday English words count only inside
//   such phrases.
// - A prompt keeps a term on purpose by listing it in `askedTerms` with a reason.
//
// Pure: no files; usable on any prompt, a cohort's own too.

export type LeakCheckable = CandidateVisible & Pick<Prompt, "guide" | "askedTerms">;

export type LeakFinding =
  | {
      kind: "term";
      /** The term as the candidate sees it. */
      term: string;
      /** Every candidate-visible field outside the framing that shows it. */
      visibleIn: string[];
      /** The first place the answer uses it, and the text around it. */
      answerField: string;
      answerExcerpt: string;
    }
  | { kind: "copied-key-point"; field: string; keyPoint: string; shared: string }
  | { kind: "company-in-title"; company: string }
  | { kind: "unused-asked-term"; term: string };

export interface LeakCheckOptions {
  /** Phase titles and instructions that describe the round's format (see neutralPhaseTexts). */
  neutralTexts?: ReadonlySet<string>;
}

/** Rounds whose brief is a specification: every requirement is part of the question. */
const SPECIFICATION_ROUNDS: ReadonlySet<RoundType> = new Set(["coding", "oop-design"]);

const SPECIFICATION_FIELDS = /^(brief\.(requirements|constraints|examples)|stages)/;

interface AnswerText {
  field: string;
  text: string;
}

/** The guide's answer: what a candidate is meant to work out. */
function answerTexts(guide: Prompt["guide"]): AnswerText[] {
  return [
    { field: "guide.overview", text: guide.overview },
    ...guide.keyPoints.map((text, index) => ({ field: `guide.keyPoints[${index}]`, text })),
    ...guide.referenceSteps.flatMap((step, index) => [
      { field: `guide.referenceSteps[${index}].title`, text: step.title },
      { field: `guide.referenceSteps[${index}].detail`, text: step.detail },
    ]),
    ...guide.keyDecisions.flatMap((decision, index) => [
      { field: `guide.keyDecisions[${index}].decision`, text: decision.decision },
      ...decision.options.map((text, option) => ({
        field: `guide.keyDecisions[${index}].options[${option}]`,
        text,
      })),
      { field: `guide.keyDecisions[${index}].tradeOff`, text: decision.tradeOff },
    ]),
  ];
}

/** A word, or two words in a row, keyed by their stems. */
interface Gram {
  key: string;
  terms: Term[];
}

/** Each word and each pair of neighbouring words (`compounds`: only hyphen-joined pairs). */
function grams(terms: Term[], compounds: boolean): Gram[] {
  const out: Gram[] = terms.map((term) => ({ key: term.stem, terms: [term] }));
  terms.forEach((term, index) => {
    const before = terms[index - 1];
    if (before && (term.compound || !compounds))
      out.push({ key: `${before.stem} ${term.stem}`, terms: [before, term] });
  });
  return out;
}

/** Every leak in one prompt; an empty list means a candidate sees nothing of the answer. */
export function findLeaks(prompt: LeakCheckable, options: LeakCheckOptions = {}): LeakFinding[] {
  const neutral = options.neutralTexts ?? new Set<string>();
  const specification = SPECIFICATION_ROUNDS.has(prompt.roundType);
  const visible = candidateTexts(prompt).map((item) => ({
    ...item,
    framing:
      item.framing ||
      (item.field.startsWith("phases.") && neutral.has(item.text)) ||
      (specification && SPECIFICATION_FIELDS.test(item.field)),
  }));
  const framingStems = new Set<string>();
  const framingKeys = new Set<string>();
  for (const item of visible.filter((text) => text.framing))
    for (const gram of grams(termsOf(item.text), false)) {
      framingKeys.add(gram.key);
      for (const term of gram.terms) framingStems.add(term.stem);
    }

  const answers = answerTexts(prompt.guide).map((item) => ({
    ...item,
    keys: new Set(grams(termsOf(item.text), false).map((gram) => gram.key)),
  }));
  const asked = prompt.askedTerms.map((asked) => ({
    term: asked.term,
    stems: new Set(termsOf(asked.term).map((term) => term.stem)),
    used: false,
  }));

  const found = new Map<string, Extract<LeakFinding, { kind: "term" }>>();
  for (const item of visible.filter((text) => !text.framing)) {
    // Tags and the signal are keywords: every word in them counts, everyday or not.
    const tag = item.field.startsWith("tags[") || item.field === "signal";
    const isNew = (term: Term) =>
      !framingStems.has(term.stem) && !genericStems.has(term.stem) && (tag || !everydayStems.has(term.stem));
    // A slug's words are joined by hyphens because it is a slug, not a phrase: words only.
    const phrases = item.field !== "slug";
    for (const gram of grams(termsOf(item.text), true).filter((gram) => phrases || gram.terms.length === 1)) {
      if (framingKeys.has(gram.key)) continue;
      // A pair counts only when neither word does alone (else the word is the finding) and
      // neither is filler ("per-chunk", "end-to-end").
      if (gram.terms.length === 1 ? !gram.terms.some(isNew) : gram.terms.some(isNew)) continue;
      if (gram.terms.length === 2 && gram.terms.some((term) => fillerStems.has(term.stem))) continue;
      const answer = answers.find((text) => text.keys.has(gram.key));
      if (!answer) continue;
      const keeper = asked.find((term) => gram.terms.every((word) => term.stems.has(word.stem)));
      if (keeper) {
        keeper.used = true;
        continue;
      }
      const known = found.get(gram.key);
      if (known) {
        if (!known.visibleIn.includes(item.field)) known.visibleIn.push(item.field);
        continue;
      }
      const term = gram.terms.map((word) => word.word).join(" ");
      found.set(gram.key, {
        kind: "term",
        term,
        visibleIn: [item.field],
        answerField: answer.field,
        answerExcerpt: excerpt(answer.text, gram.terms[0]?.word ?? ""),
      });
    }
  }

  const findings: LeakFinding[] = [];
  for (const copy of copiedKeyPoints(prompt)) findings.push({ kind: "copied-key-point", ...copy });
  if (prompt.company && ` ${normalise(prompt.title)} `.includes(` ${normalise(prompt.company)} `))
    findings.push({ kind: "company-in-title", company: prompt.company });
  findings.push(...found.values());
  for (const term of asked) if (!term.used) findings.push({ kind: "unused-asked-term", term: term.term });
  return findings;
}

/** About 110 characters of `text` around the first use of `word`. */
function excerpt(text: string, word: string): string {
  if (text.length <= 120) return text;
  const at = Math.max(0, text.toLowerCase().indexOf(word));
  const start = Math.max(0, at - 50);
  return `${start > 0 ? "…" : ""}${text.slice(start, start + 110).trim()}…`;
}

/**
 * Phase titles and instructions that are the round's format rather than this question's: the
 * shared templates', and any a prompt repeats word for word from another prompt.
 */
export function neutralPhaseTexts(
  prompts: readonly Pick<Prompt, "phases">[],
  templates: Record<string, readonly { title: string; instruction: string }[]>,
): Set<string> {
  const neutral = new Set(Object.values(templates).flatMap((phases) => phases.flatMap(phaseTexts)));
  const seen = new Set<string>();
  for (const prompt of prompts)
    for (const text of new Set(prompt.phases.flatMap(phaseTexts))) {
      if (seen.has(text)) neutral.add(text);
      seen.add(text);
    }
  return neutral;
}

const phaseTexts = (phase: { title: string; instruction: string }) => [phase.title, phase.instruction];

/** One finding as a line a person reads: what the candidate sees, and where the answer has it. */
export function describeLeak(finding: LeakFinding): string {
  switch (finding.kind) {
    case "term":
      return `"${finding.term}" (${finding.visibleIn.join(", ")}) is in the answer but not in the question's framing; ${finding.answerField}: ${finding.answerExcerpt}`;
    case "copied-key-point":
      return `${finding.field} copies the key point "${finding.keyPoint}" ("${finding.shared}")`;
    case "company-in-title":
      return `the title names the company "${finding.company}"; keep it in the company field`;
    case "unused-asked-term":
      return `askedTerms lists "${finding.term}", but no candidate-visible term outside the framing needs it; remove it`;
  }
}
