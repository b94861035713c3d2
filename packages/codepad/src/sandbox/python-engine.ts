import type { PyodideAPI } from "pyodide";
import type { TestResult } from "../run-record";
import { PYTHON_HARNESS } from "./python-harness";
import type { EngineOutcome, OutputSink, RunRequest } from "./run-types";

export interface PythonEngine {
  run(request: RunRequest, sink: OutputSink): EngineOutcome;
}

// JavaScript null reaches Python as JsNull, undefined as None: no plan is undefined.
type HarnessRun = (source: string, planJson: string | undefined) => string;

/**
 * Runs Python in a loaded Pyodide: output goes to `sink` as it is written (raw bytes decoded
 * as UTF-8, so partial lines arrive too), `input()` reads end of file, and each run executes
 * in a fresh namespace, so one run's variables never leak into the next.
 */
export function createPythonEngine(pyodide: PyodideAPI): PythonEngine {
  let sink: OutputSink = () => undefined;
  const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  for (const stream of ["stdout", "stderr"] as const) {
    const write = (bytes: Uint8Array) => {
      sink(stream, decoders[stream].decode(bytes, { stream: true }));
      return bytes.length;
    };
    if (stream === "stdout") pyodide.setStdout({ write });
    else pyodide.setStderr({ write });
  }
  pyodide.setStdin({ stdin: () => null });
  const harness = pyodide.toPy({});
  pyodide.runPython(PYTHON_HARNESS, { globals: harness, filename: "<harness>" });
  const runHarness = harness.get("run") as HarnessRun;

  return {
    run(request, nextSink) {
      sink = nextSink;
      try {
        const answer = JSON.parse(
          runHarness(request.code, request.tests ? JSON.stringify(request.tests) : undefined),
        ) as { status: "ok" | "error"; tests: TestResult[] | null };
        return { status: answer.status, tests: answer.tests };
      } finally {
        sink = () => undefined;
      }
    },
  };
}
