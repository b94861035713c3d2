// The languages the code pad offers. Dependency-free so the prompt bank's schema can name
// them without pulling in Yjs.

export const CODE_LANGUAGES = ["python", "javascript", "typescript", "java", "cpp", "go", "sql"] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** Where a language runs in the browser: Pyodide, QuickJS, or nowhere (the pad says so). */
export type CodeRuntime = "python" | "javascript" | null;

export interface LanguageInfo {
  id: CodeLanguage;
  label: string;
  runtime: CodeRuntime;
}

export const LANGUAGES: Record<CodeLanguage, LanguageInfo> = {
  python: { id: "python", label: "Python", runtime: "python" },
  javascript: { id: "javascript", label: "JavaScript", runtime: "javascript" },
  // Types are stripped, then the JavaScript runs in the same sandbox.
  typescript: { id: "typescript", label: "TypeScript", runtime: "javascript" },
  java: { id: "java", label: "Java", runtime: null },
  cpp: { id: "cpp", label: "C++", runtime: null },
  go: { id: "go", label: "Go", runtime: null },
  sql: { id: "sql", label: "SQL", runtime: null },
};

export const DEFAULT_LANGUAGE: CodeLanguage = "python";

export function isCodeLanguage(value: unknown): value is CodeLanguage {
  return typeof value === "string" && (CODE_LANGUAGES as readonly string[]).includes(value);
}
