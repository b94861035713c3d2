import { loadPyodide } from "pyodide";
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import { beforeAll, describe, expect, it } from "vitest";
import { RUN_LIMITS } from "../run-record";
import type { TestPlan } from "../test-plan";
import { createJsEngine } from "./js-engine";
import { capWasmMemory } from "./memory-cap";
import { createPythonEngine } from "./python-engine";
import type { EngineOutcome, OutputSink, OutputStream, RunRequest } from "./run-types";

// What every sandbox engine promises the code pad, checked against each with the same cases;
// what only one language has (Python's exit codes and input(), JavaScript's promises and
// TypeScript) is in that engine's own test file.

interface Engine {
  run(request: RunRequest, sink: OutputSink): EngineOutcome;
}

interface EngineCase {
  name: string;
  language: RunRequest["language"];
  load(): Promise<Engine>;
  /** The name the example tests call. */
  entry: string;
  /** How the language prints a list of numbers in a test result. */
  list(values: number[]): string;
  /** Prints "hello" and writes "oops" to stderr. */
  hello: string;
  /** Fails on line 2, naming its file and line and the error's kind. */
  failsOnLine2: { code: string; says: string[] };
  /** Leaves a variable behind; the probe prints what it finds of it in the next run. */
  leaves: string;
  probe: { code: string; prints: string };
  /** Asks for more memory than a run may hold. */
  greedy: { code: string; says: string };
  printsFour: string;
  /** The example's answer: right on both examples. */
  solves: string;
  /** Wrong on the first example, throwing "short" on line 3 for the second. */
  failsTests: { code: string; error: string };
  missingEntry: { code: string; error: string };
  crashes: string;
}

const engines: EngineCase[] = [
  {
    name: "Python in Pyodide",
    language: "python",
    async load() {
      capWasmMemory(RUN_LIMITS.memoryBytes);
      return createPythonEngine(await loadPyodide());
    },
    entry: "closest_pair",
    list: (values) => `[${values.join(", ")}]`,
    hello: "import sys\nprint('hello')\nprint('oops', file=sys.stderr)",
    failsOnLine2: { code: "x = 1\ny = x / 0\n", says: ['File "main.py", line 2', "ZeroDivisionError"] },
    leaves: "leftover = 42",
    probe: { code: "print('leftover' in globals())", prints: "False\n" },
    greedy: { code: "data = bytearray(600 * 1024 * 1024)\nprint('allocated')", says: "MemoryError" },
    printsFour: "print(2 + 2)",
    // Returns a tuple, which the tests compare as a list.
    solves: [
      "def closest_pair(a, b):",
      "    i = j = 0",
      "    best = (a[0], b[0])",
      "    while i < len(a) and j < len(b):",
      "        if abs(a[i] - b[j]) < abs(best[0] - best[1]):",
      "            best = (a[i], b[j])",
      "        if a[i] < b[j]:",
      "            i += 1",
      "        else:",
      "            j += 1",
      "    return best",
    ].join("\n"),
    failsTests: {
      code: "def closest_pair(a, b):\n    if len(a) == 1:\n        raise ValueError('short')\n    return [a[0], b[0]]",
      error: "ValueError: short (line 3)",
    },
    missingEntry: { code: "def something_else():\n    pass", error: "closest_pair is not defined" },
    crashes: "raise RuntimeError('boom')",
  },
  {
    name: "JavaScript in QuickJS",
    language: "javascript",
    load: async () =>
      createJsEngine(await newQuickJSWASMModuleFromVariant(import("@jitl/quickjs-wasmfile-release-sync"))),
    entry: "closestPair",
    list: (values) => `[${values.join(",")}]`,
    hello: 'console.log("hello"); console.error("oops")',
    failsOnLine2: { code: "const a = 1;\nnull.boom;\n", says: ["main.js:2", "TypeError"] },
    leaves: "globalThis.leftover = 1; var alsoLeft = 2;",
    probe: { code: "console.log(typeof leftover, typeof alsoLeft)", prints: "undefined undefined\n" },
    greedy: {
      code: "const big = 'x'.repeat(300 * 1024 * 1024);\nconsole.log(big.length)",
      says: "out of memory",
    },
    printsFour: "console.log(2 + 2)",
    // A top-level const is found as well as a function declaration.
    solves: "const closestPair = (a, b) => a.length === 1 ? [5, 5] : [9, 10];",
    failsTests: {
      code: "function closestPair(a, b) {\n  if (a.length === 1)\n    throw new Error('short');\n  return [a[0], b[0]];\n}",
      error: "Error: short (line 3)",
    },
    missingEntry: { code: "function somethingElse() {}", error: "closestPair is not defined" },
    crashes: "throw new Error('boom')",
  },
];

describe.each(engines)("the sandbox engine for $name", (engineCase) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineCase.load();
  }, 60_000);

  function run(code: string, tests: TestPlan | null = null) {
    const output: Record<OutputStream, string> = { stdout: "", stderr: "" };
    const outcome = engine.run({ language: engineCase.language, code, tests }, (stream, text) => {
      output[stream] += text;
    });
    return { ...outcome, ...output };
  }

  const closestPair = (): TestPlan => ({
    entry: engineCase.entry,
    kind: "function",
    tests: [
      {
        name: "Example 1",
        args: [
          [1, 4, 9, 15],
          [6, 10, 20],
        ],
        expected: [9, 10],
      },
      { name: "Example 2", args: [[5], [5, 7]], expected: [5, 5] },
    ],
  });

  it("passes on what the code prints, to stdout and stderr", () => {
    expect(run(engineCase.hello)).toMatchObject({ status: "ok", stdout: "hello\n", stderr: "oops\n" });
  });

  it("reports an uncaught error with its kind and the line in the code", () => {
    const result = run(engineCase.failsOnLine2.code);
    expect(result.status).toBe("error");
    for (const part of engineCase.failsOnLine2.says) expect(result.stderr).toContain(part);
  });

  it("keeps nothing from one run to the next", () => {
    expect(run(engineCase.leaves).status).toBe("ok");
    expect(run(engineCase.probe.code).stdout).toBe(engineCase.probe.prints);
  });

  it("stops code that asks for more memory than a run may hold, and runs the next one", () => {
    const result = run(engineCase.greedy.code);
    expect(result.status).toBe("error");
    expect(result.stderr).toContain(engineCase.greedy.says);
    expect(run(engineCase.printsFour).stdout).toBe("4\n");
  });

  it("runs the example tests and shows each one passing", () => {
    const { list } = engineCase;
    const result = run(engineCase.solves, closestPair());
    expect(result.status).toBe("ok");
    expect(result.tests).toEqual([
      { name: "Example 1", passed: true, expected: list([9, 10]), actual: list([9, 10]), error: null },
      { name: "Example 2", passed: true, expected: list([5, 5]), actual: list([5, 5]), error: null },
    ]);
  });

  it("shows a failing test's value, or its exception and line", () => {
    const [first, second] = run(engineCase.failsTests.code, closestPair()).tests ?? [];
    expect(first).toMatchObject({ passed: false, actual: engineCase.list([1, 6]), error: null });
    expect(second).toMatchObject({ passed: false, actual: null, error: engineCase.failsTests.error });
  });

  it("says so when the function the tests call is missing", () => {
    const result = run(engineCase.missingEntry.code, closestPair());
    expect(result.tests?.[0]).toMatchObject({ passed: false, error: engineCase.missingEntry.error });
  });

  it("runs no tests when the code itself fails", () => {
    expect(run(engineCase.crashes, closestPair())).toMatchObject({ status: "error", tests: null });
  });
});
