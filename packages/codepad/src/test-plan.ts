import type { CodeExercise, CodeTest } from "./exercise";
import type { CodeLanguage } from "./languages";

/** The name the entry has in a language's code (see CodeExercise.entry). */
export function entryName(entry: string, language: CodeLanguage): string {
  if (language === "python") return entry;
  return entry.replace(/_+([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** What a sandbox needs to run a prompt's tests: plain data, posted to a worker as it is. */
export interface TestPlan {
  entry: string;
  kind: "function" | "class";
  tests: CodeTest[];
}

export function testPlanFor(exercise: CodeExercise, language: CodeLanguage): TestPlan {
  return { entry: entryName(exercise.entry, language), kind: exercise.kind, tests: exercise.tests };
}
