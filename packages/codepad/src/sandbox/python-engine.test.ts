import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { RUN_LIMITS } from "../run-record";
import type { TestPlan } from "../test-plan";
import { capWasmMemory } from "./memory-cap";
import { createPythonEngine, type PythonEngine } from "./python-engine";
import type { OutputStream } from "./run-types";

let engine: PythonEngine;

beforeAll(async () => {
  capWasmMemory(RUN_LIMITS.memoryBytes);
  engine = createPythonEngine(await loadPyodide());
}, 60_000);

function run(code: string, tests: TestPlan | null = null) {
  const output: Record<OutputStream, string> = { stdout: "", stderr: "" };
  const outcome = engine.run({ language: "python", code, tests }, (stream, text) => {
    output[stream] += text;
  });
  return { ...outcome, ...output };
}

const closestPair: TestPlan = {
  entry: "closest_pair",
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
};

describe("running Python in Pyodide", () => {
  it("prints what the code prints, partial lines included", () => {
    const result = run("print('hello')\nprint('a', 1, end='')");
    expect(result).toMatchObject({ status: "ok", stdout: "hello\na 1", stderr: "" });
  });

  it("reports an exception with a traceback that starts at the code, not the harness", () => {
    const result = run("x = 1\ny = x / 0\n");
    expect(result.status).toBe("error");
    expect(result.stderr).toContain('File "main.py", line 2');
    expect(result.stderr).toContain("ZeroDivisionError: division by zero");
    expect(result.stderr).not.toContain("harness");
    expect(result.stderr).not.toContain("_pyodide");
  });

  it("reports a syntax error with its line", () => {
    const result = run("def f(:\n  pass\n");
    expect(result.status).toBe("error");
    expect(result.stderr).toMatch(/line 1[\s\S]*SyntaxError/);
  });

  it("treats sys.exit(0) as success and another exit code as failure", () => {
    expect(run("import sys\nprint('bye')\nsys.exit(0)").status).toBe("ok");
    expect(run("import sys\nsys.exit(3)").status).toBe("error");
  });

  it("starts every run in a fresh namespace", () => {
    expect(run("leftover = 42").status).toBe("ok");
    const result = run("print(leftover)");
    expect(result.status).toBe("error");
    expect(result.stderr).toContain("NameError");
  });

  it("reads end of file from input() instead of waiting for a keyboard", () => {
    const result = run("try:\n  input()\nexcept EOFError:\n  print('no input')");
    expect(result.stdout).toBe("no input\n");
  });

  it("raises MemoryError when the code asks for more memory than a run may hold", () => {
    const result = run("data = bytearray(600 * 1024 * 1024)\nprint('allocated')");
    expect(result.status).toBe("error");
    expect(result.stderr).toContain("MemoryError");
    // The runtime survives: the next run works.
    expect(run("print(2 + 2)").stdout).toBe("4\n");
  });

  it("runs the example tests against a correct function, tuples compared as lists", () => {
    const code = [
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
    ].join("\n");
    const result = run(code, closestPair);
    expect(result.status).toBe("ok");
    expect(result.tests).toEqual([
      { name: "Example 1", passed: true, expected: "[9, 10]", actual: "[9, 10]", error: null },
      { name: "Example 2", passed: true, expected: "[5, 5]", actual: "[5, 5]", error: null },
    ]);
  });

  it("shows which tests fail, with what came back or what was raised and where", () => {
    const code =
      "def closest_pair(a, b):\n    if len(a) == 1:\n        raise ValueError('short')\n    return [a[0], b[0]]";
    const [first, second] = run(code, closestPair).tests ?? [];
    expect(first).toMatchObject({ passed: false, actual: "[1, 6]", error: null });
    expect(second).toMatchObject({ passed: false, actual: null, error: "ValueError: short (line 3)" });
  });

  it("says so when the function the tests call is missing", () => {
    const result = run("def something_else():\n    pass", closestPair);
    expect(result.tests?.[0]).toMatchObject({ passed: false, error: "closest_pair is not defined" });
  });

  it("runs class tests call by call, checking the calls that expect a value, floats within rounding", () => {
    const plan: TestPlan = {
      entry: "MedianTracker",
      kind: "class",
      tests: [
        {
          name: "Example 1",
          args: [],
          calls: [
            { method: "add", args: [5] },
            { method: "median", args: [], expected: 5 },
            { method: "add", args: [15] },
            { method: "median", args: [], expected: 10.0 },
          ],
        },
      ],
    };
    const code = [
      "class MedianTracker:",
      "    def __init__(self): self.values = []",
      "    def add(self, v): self.values.append(v)",
      "    def median(self):",
      "        s = sorted(self.values); n = len(s)",
      "        return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2",
    ].join("\n");
    expect(run(code, plan).tests).toEqual([
      { name: "Example 1", passed: true, expected: "[5, 10]", actual: "[5, 10.0]", error: null },
    ]);
  });

  it("runs no tests when the code itself fails", () => {
    const result = run("raise RuntimeError('boom')", closestPair);
    expect(result).toMatchObject({ status: "error", tests: null });
  });
});
