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

// What every engine does is engine-contract.test.ts; here is what only Python has.
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

  it("reads end of file from input() instead of waiting for a keyboard", () => {
    const result = run("try:\n  input()\nexcept EOFError:\n  print('no input')");
    expect(result.stdout).toBe("no input\n");
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
});
