import * as z from "zod/mini";
import { CODE_LANGUAGES } from "./languages";

/** What a run may take, in the starter's browser, and how much of it is shared through the document. */
export const RUN_LIMITS = {
  /** Wall-clock time for the code itself (not the runtime's first load); the worker is killed after it. */
  timeMs: 10_000,
  /** The runtime's first load (Pyodide reads 12 MB) before a run is given up on. */
  loadMs: 60_000,
  /** Characters of stdout plus stderr a sandbox collects; the rest is dropped and the run says so. */
  outputChars: 64_000,
  /** Characters of each stream shared with the other person through the document. */
  sharedOutputChars: 16_000,
  /** Memory a run may hold: QuickJS's heap limit, and how far Pyodide's WebAssembly memory may grow. */
  memoryBytes: 256 * 1024 * 1024,
  /** Example tests run at once ("Run tests"). */
  tests: 50,
} as const;

/**
 * How a run ended: `ok` (finished), `error` (an exception, a syntax error, out of memory),
 * `timeout` (stopped at the time limit), `stopped` (its starter stopped it), or `running`.
 */
export const RUN_STATUSES = ["running", "ok", "error", "timeout", "stopped"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

const Short = (max: number) => z.string().check(z.maxLength(max));

export const TestResult = z.object({
  name: Short(120),
  passed: z.boolean(),
  /** The expected value and what the code returned, as text (JSON). */
  expected: Short(2000),
  actual: z.nullable(Short(2000)),
  /** The exception the call raised, if it raised one. */
  error: z.nullable(Short(2000)),
});
export type TestResult = z.infer<typeof TestResult>;

/** A run as it is shared through the session document (written by the browser that ran it). */
export const RunRecord = z.object({
  id: Short(64),
  mode: z.enum(["run", "tests"]),
  language: z.enum(CODE_LANGUAGES),
  /** Who started it (user id). */
  by: Short(64),
  status: z.enum(RUN_STATUSES),
  startedAt: z.number(),
  durationMs: z.nullable(z.number()),
  stdout: Short(RUN_LIMITS.sharedOutputChars),
  stderr: Short(RUN_LIMITS.sharedOutputChars),
  /** Output was cut at a limit. */
  truncated: z.boolean(),
  tests: z.nullable(z.array(TestResult).check(z.maxLength(RUN_LIMITS.tests))),
});
export type RunRecord = z.infer<typeof RunRecord>;

/** Any editor can write the document, so what it holds is checked before it is shown. */
export function parseRunRecord(value: unknown): RunRecord | null {
  const parsed = RunRecord.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Cuts a stream to what the document shares, marking that it was cut. */
export function shareable(text: string): { text: string; cut: boolean } {
  if (text.length <= RUN_LIMITS.sharedOutputChars) return { text, cut: false };
  return { text: text.slice(0, RUN_LIMITS.sharedOutputChars), cut: true };
}

/** A run's outcome in a few words, for the output panel and the timeline. */
export function describeRun(run: Pick<RunRecord, "status" | "durationMs" | "tests">): string {
  const seconds = run.durationMs === null ? "" : ` in ${(run.durationMs / 1000).toFixed(2)} s`;
  const tests = run.tests
    ? `, ${run.tests.filter((test) => test.passed).length}/${run.tests.length} tests passed`
    : "";
  switch (run.status) {
    case "running":
      return "Running…";
    case "ok":
      return `Finished${seconds}${tests}`;
    case "error":
      return `Failed with an error${seconds}${tests}`;
    case "timeout":
      return `Stopped at the ${RUN_LIMITS.timeMs / 1000} s time limit`;
    case "stopped":
      return "Stopped";
  }
}
