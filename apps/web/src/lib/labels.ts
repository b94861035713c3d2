// Human labels for enum values shown in the UI.
export const KIND_LABELS: Record<string, string> = {
  SYSTEM_DESIGN: "System design",
  MODEL_DESIGN: "Model design",
  CONCEPT: "Concept",
  CASE: "Case",
  CODING: "Coding",
  BEHAVIORAL: "Behavioural",
  TAKE_HOME: "Take-home review",
};

export const DIFFICULTY_LABELS: Record<string, string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" };

export const LENGTH_LABELS: Record<string, string> = {
  short: "Up to 15 min",
  medium: "16–30 min",
  long: "31–45 min",
  full: "46+ min",
};

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

export function labelFor(facet: string, value: string): string {
  if (facet === "kind") return KIND_LABELS[value] ?? value;
  if (facet === "difficulty") return DIFFICULTY_LABELS[value] ?? value;
  if (facet === "length") return LENGTH_LABELS[value] ?? value;
  if (facet === "roundType") return roundTypeLabel(value);
  return value;
}

/** "1 session", "3 sessions". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
