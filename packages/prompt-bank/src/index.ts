// Node entry: the schemas and the built-in content (read from content/ at import).
// Browser bundles get ./browser.ts instead (see package.json exports).
export { findPrompt, findRubric, prompts, rubrics } from "./bank";
export * from "./browser";
export { findPrepGuide, prepGuides } from "./prep-guides";
