import type { QuickJSWASMModule } from "quickjs-emscripten-core";
import { transform } from "sucrase";
import { RUN_LIMITS, type TestResult } from "../run-record";
import { CONSOLE_PRELUDE, jsTestHarness } from "./js-harness";
import type { EngineOutcome, OutputSink, RunRequest } from "./run-types";

export interface JsEngine {
  run(request: RunRequest, sink: OutputSink): EngineOutcome;
}

/**
 * Most VM stack a run may use (about 2,200 nested calls): deep recursion then ends in
 * QuickJS's own "stack overflow" error. The interpreter's frames also use the browser's
 * native stack, which a larger limit would exhaust first, leaving the runtime unusable.
 */
const MAX_STACK_BYTES = 384 * 1024;
/** Frames of a stack trace shown: a runaway recursion would print thousands of the same line. */
const MAX_STACK_LINES = 12;

/** TypeScript to JavaScript by removing the types; lines stay where they were, so errors point at the right line. */
export function stripTypes(code: string): string {
  return transform(code, { transforms: ["typescript"], disableESTransforms: true }).code;
}

function describeError(dumped: unknown): string {
  if (dumped && typeof dumped === "object" && "message" in dumped) {
    const error = dumped as { name?: string; message?: string; stack?: string };
    const frames = (error.stack ?? "").split("\n").filter(Boolean);
    const shown = frames.slice(0, MAX_STACK_LINES);
    if (frames.length > shown.length) shown.push(`    ... ${frames.length - shown.length} more frames`);
    return [`${error.name ?? "Error"}: ${error.message ?? ""}`, ...shown].join("\n");
  }
  return `Uncaught ${JSON.stringify(dumped)}`;
}

/**
 * Runs JavaScript (or TypeScript, types stripped) in a fresh QuickJS runtime per run, with a
 * heap limit and a stack limit. Inside the VM there is no host API but console: the page,
 * the network and storage do not exist for the code.
 */
export function createJsEngine(quickjs: QuickJSWASMModule): JsEngine {
  return {
    run(request, sink) {
      let source: string;
      try {
        source = request.language === "typescript" ? stripTypes(request.code) : request.code;
      } catch (error) {
        sink("stderr", `${(error as Error).message}\n`);
        return { status: "error", tests: null };
      }
      const filename = request.language === "typescript" ? "main.ts" : "main.js";
      const runtime = quickjs.newRuntime();
      runtime.setMemoryLimit(RUN_LIMITS.memoryBytes);
      runtime.setMaxStackSize(MAX_STACK_BYTES);
      const vm = runtime.newContext();
      try {
        const write = vm.newFunction("__mockboard_write", (stream, text) => {
          const name = vm.getString(stream);
          sink(name === "stderr" ? "stderr" : "stdout", vm.getString(text));
        });
        vm.setProp(vm.global, "__mockboard_write", write);
        write.dispose();
        vm.unwrapResult(vm.evalCode(CONSOLE_PRELUDE, "<console>")).dispose();

        const result = vm.evalCode(source, filename, { type: "global" });
        if (result.error) {
          sink("stderr", `${describeError(vm.dump(result.error))}\n`);
          result.error.dispose();
          return { status: "error", tests: null };
        }
        result.value.dispose();
        // Promises the code started (async functions) settle before the run ends.
        const jobs = runtime.executePendingJobs();
        if (jobs.error) {
          sink("stderr", `${describeError(vm.dump(jobs.error))}\n`);
          jobs.error.dispose();
          return { status: "error", tests: null };
        }
        if (!request.tests) return { status: "ok", tests: null };
        const tested = vm.evalCode(jsTestHarness(request.tests), "<tests>", { type: "global" });
        if (tested.error) {
          sink("stderr", `${describeError(vm.dump(tested.error))}\n`);
          tested.error.dispose();
          return { status: "error", tests: null };
        }
        const tests = JSON.parse(vm.getString(tested.value)) as TestResult[];
        tested.value.dispose();
        return { status: "ok", tests };
      } finally {
        vm.dispose();
        runtime.dispose();
      }
    },
  };
}
