// Human labels for the prompt bank's enums, keyed by the bank's own enums so a new kind,
// round or difficulty cannot go unlabelled. One spelling throughout: British ("Behavioural"),
// as in the rest of the app. Client-safe: the editor uses these too.
import type { Difficulty, PromptKind, RoundType } from "@mockboard/prompt-bank";

export const KIND_LABELS: Record<PromptKind, string> = {
  SYSTEM_DESIGN: "System design",
  MODEL_DESIGN: "Model design",
  CONCEPT: "Concept",
  CASE: "Case",
  CODING: "Coding",
  BEHAVIORAL: "Behavioural",
  TAKE_HOME: "Take-home review",
};

export const ROUND_LABELS: Record<RoundType, string> = {
  "system-design": "System design",
  "ml-system-design": "ML system design",
  "ml-model-design": "ML model design",
  "ml-infra-design": "ML infrastructure design",
  "ml-fundamentals": "ML fundamentals",
  "ml-evaluation": "ML evaluation",
  "llm-engineering": "LLM engineering",
  "ai-system-design": "AI system design",
  coding: "Algorithms",
  "oop-design": "OOP design",
  "ai-assisted-coding": "AI-assisted coding",
  "ml-coding": "ML coding",
  "llm-coding": "LLM coding",
  "live-coding": "Live coding",
  "take-home-review": "Take-home review",
  "framework-deep-dive": "Framework deep dive",
  "project-deep-dive": "Project deep dive",
  "research-presentation": "Research presentation",
  behavioral: "Behavioural",
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" };

export function kindLabel(value: string): string {
  return KIND_LABELS[value as PromptKind] ?? value;
}

export function difficultyLabel(value: string): string {
  return DIFFICULTY_LABELS[value as Difficulty] ?? value;
}

export function roundTypeLabel(value: string): string {
  return ROUND_LABELS[value as RoundType] ?? value;
}

/** Tags that repeat the kind or the round a card and the filters already show. */
const SAME_AS_KIND_OR_ROUND = new Set<string>([
  ...Object.keys(ROUND_LABELS),
  ...Object.keys(KIND_LABELS).map((kind) => kind.toLowerCase().replaceAll("_", "-")),
  "take-home",
  "case-study",
  "infra-design",
]);

/**
 * Whether a tag is worth showing a reader: not the content's own bookkeeping (`family-…`
 * groups), not a repeat of the signal (`signal-…`, shown on its own), not the kind or round
 * again.
 */
export function isReaderTag(tag: string): boolean {
  return !tag.startsWith("family-") && !tag.startsWith("signal-") && !SAME_AS_KIND_OR_ROUND.has(tag);
}

/** A card's tags: the reader tags, without the one that only repeats the prompt's signal. */
export function cardTags(prompt: { tags: string[]; signal: string | null }): string[] {
  const signal = prompt.signal?.trim().toLowerCase().replaceAll(/\s+/g, "-");
  return prompt.tags.filter((tag) => isReaderTag(tag) && tag !== signal);
}
