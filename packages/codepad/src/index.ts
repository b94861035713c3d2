// Node-safe entry: the code pad's place in the session document, its languages, runs and
// tests. The sandboxes that run code are ./sandbox (browser workers and Node tests).
export {
  CODEPAD_ROOTS,
  CODEPAD_STATE,
  CODEPAD_TEXT_PREFIX,
  codeText,
  currentLanguage,
  latestRun,
  padState,
  publishRun,
  readCodePad,
  seedStarterCode,
  setLanguage,
} from "./codepad-doc";
export type { CodeExercise, CodeTest } from "./exercise";
export {
  CODE_LANGUAGES,
  type CodeLanguage,
  type CodeRuntime,
  DEFAULT_LANGUAGE,
  isCodeLanguage,
  LANGUAGES,
  type LanguageInfo,
} from "./languages";
export {
  describeRun,
  parseRunRecord,
  RUN_LIMITS,
  RUN_STATUSES,
  RunRecord,
  type RunStatus,
  shareable,
  TestResult,
} from "./run-record";
export { entryName, type TestPlan, testPlanFor } from "./test-plan";
