// Human labels for the prompt bank's enums, keyed by the bank's own enums so a new kind
// or difficulty cannot go unlabelled. Client-safe: the editor uses these too.
import type { Difficulty, PromptKind } from "@mockboard/prompt-bank";

export const KIND_LABELS: Record<PromptKind, string> = {
  SYSTEM_DESIGN: "System design",
  MODEL_DESIGN: "Model design",
  CONCEPT: "Concept",
  CASE: "Case",
  CODING: "Coding",
  BEHAVIORAL: "Behavioural",
  TAKE_HOME: "Take-home review",
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" };

export function kindLabel(value: string): string {
  return KIND_LABELS[value as PromptKind] ?? value;
}

export function difficultyLabel(value: string): string {
  return DIFFICULTY_LABELS[value as Difficulty] ?? value;
}

export function roundTypeLabel(value: string): string {
  const special: Record<string, string> = {
    "oop-design": "OOP design",
    "ml-fundamentals": "ML fundamentals",
  };
  if (special[value]) return special[value];
  return value
    .split("-")
    .map((word, index) => (index === 0 ? word[0]?.toUpperCase() + word.slice(1) : word))
    .join(" ")
    .replace(/\b(ml|ai|llm)\b/gi, (match) => match.toUpperCase());
}
