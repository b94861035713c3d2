import type { TestResult } from "../run-record";
import type { TestPlan } from "../test-plan";

/** What the page asks a sandbox to run. */
export interface RunRequest {
  language: "python" | "javascript" | "typescript";
  code: string;
  /** The prompt's example tests ("Run tests"), or null for a plain run. */
  tests: TestPlan | null;
}

export type OutputStream = "stdout" | "stderr";

/** Where a run's output goes as it is written. */
export type OutputSink = (stream: OutputStream, text: string) => void;

/** How the code ended inside the sandbox; time limits and kills are decided outside it. */
export interface EngineOutcome {
  status: "ok" | "error";
  tests: TestResult[] | null;
}
