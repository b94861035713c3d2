import { cpp } from "@codemirror/lang-cpp";
import { go } from "@codemirror/lang-go";
import { java } from "@codemirror/lang-java";
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import { PostgreSQL, sql } from "@codemirror/lang-sql";
import { indentUnit } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import type { CodeLanguage } from "@mockboard/codepad";

/** Highlighting, indentation rules and the indent unit each language is usually written with. */
export function languageSupport(language: CodeLanguage): Extension {
  switch (language) {
    case "python":
      return [python(), indentUnit.of("    ")];
    case "javascript":
      return [javascript(), indentUnit.of("  ")];
    case "typescript":
      return [javascript({ typescript: true }), indentUnit.of("  ")];
    case "java":
      return [java(), indentUnit.of("    ")];
    case "cpp":
      return [cpp(), indentUnit.of("    ")];
    case "go":
      return [go(), indentUnit.of("\t")];
    case "sql":
      return [sql({ dialect: PostgreSQL }), indentUnit.of("  ")];
  }
}
