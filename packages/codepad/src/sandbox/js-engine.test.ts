import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestPlan } from "../test-plan";
import { createJsEngine, type JsEngine } from "./js-engine";
import type { OutputStream, RunRequest } from "./run-types";

let engine: JsEngine;

beforeAll(async () => {
  engine = createJsEngine(
    await newQuickJSWASMModuleFromVariant(import("@jitl/quickjs-wasmfile-release-sync")),
  );
});

function run(code: string, tests: TestPlan | null = null, language: RunRequest["language"] = "javascript") {
  const output: Record<OutputStream, string> = { stdout: "", stderr: "" };
  const outcome = engine.run({ language, code, tests }, (stream, text) => {
    output[stream] += text;
  });
  return { ...outcome, ...output };
}

const closestPair: TestPlan = {
  entry: "closestPair",
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

describe("running JavaScript in QuickJS", () => {
  it("prints console output, objects as Node would roughly print them", () => {
    const result = run('console.log("hi", 1, [1, "a"], { b: 2 }, new Map([[1, 2]])); console.error("oops")');
    expect(result).toMatchObject({
      status: "ok",
      stdout: 'hi 1 [ 1, "a" ] { b: 2 } Map(1) { 1 => 2 }\n',
      stderr: "oops\n",
    });
  });

  it("reports an uncaught exception with its line", () => {
    const result = run("const a = 1;\nnull.boom;\n");
    expect(result.status).toBe("error");
    expect(result.stderr).toContain("TypeError");
    expect(result.stderr).toContain("main.js:2");
  });

  it("settles promises before the run ends", () => {
    expect(run("(async () => { await null; console.log('later') })()").stdout).toBe("later\n");
  });

  it("runs TypeScript with its types stripped and errors on the right line", () => {
    const ok = run(
      "const n: number = 2;\ninterface P { x: number }\nconsole.log(n * 21)",
      null,
      "typescript",
    );
    expect(ok).toMatchObject({ status: "ok", stdout: "42\n" });
    const failed = run("type T = string;\n\nthrow new Error('line three')", null, "typescript");
    expect(failed.stderr).toContain("main.ts:3");
  });

  it("ends runaway recursion with an error instead of crashing", () => {
    const result = run("function f() { return f() + 1 }\nf()");
    expect(result.status).toBe("error");
    expect(result.stderr).toContain("InternalError: stack overflow");
    expect(result.stderr).toContain("more frames");
    expect(run("console.log('still here')").stdout).toBe("still here\n");
  });

  it("stops code that asks for more memory than a run may hold", () => {
    const result = run("const big = 'x'.repeat(300 * 1024 * 1024);\nconsole.log(big.length)");
    expect(result.status).toBe("error");
    expect(result.stderr).toContain("out of memory");
    expect(run("console.log('still here')").stdout).toBe("still here\n");
  });

  it("has no network, page, storage or timers to reach", () => {
    const names = [
      "fetch",
      "XMLHttpRequest",
      "WebSocket",
      "document",
      "window",
      "localStorage",
      "indexedDB",
      "importScripts",
      "setTimeout",
      "require",
      "process",
    ];
    const result = run(
      `console.log(${JSON.stringify(names)}.map((name) => typeof globalThis[name]).join(","))`,
    );
    expect(result.stdout).toBe(`${names.map(() => "undefined").join(",")}\n`);
  });

  it("keeps nothing from one run to the next", () => {
    run("globalThis.leftover = 1; var alsoLeft = 2;");
    expect(run("console.log(typeof leftover, typeof alsoLeft)").stdout).toBe("undefined undefined\n");
  });

  it("runs the example tests, finding a top-level const as well as a function", () => {
    const code = "const closestPair = (a, b) => a.length === 1 ? [5, 5] : [9, 10];";
    expect(run(code, closestPair).tests).toEqual([
      { name: "Example 1", passed: true, expected: "[9,10]", actual: "[9,10]", error: null },
      { name: "Example 2", passed: true, expected: "[5,5]", actual: "[5,5]", error: null },
    ]);
  });

  it("shows a failing test's value or its exception and line", () => {
    const code =
      "function closestPair(a, b) {\n  if (a.length === 1)\n    throw new Error('short');\n  return [a[0], b[0]];\n}";
    const [first, second] = run(code, closestPair).tests ?? [];
    expect(first).toMatchObject({ passed: false, actual: "[1,6]" });
    expect(second).toMatchObject({ passed: false, actual: null, error: "Error: short (line 3)" });
  });

  it("runs class tests with new and checks only the calls that expect a value", () => {
    const plan: TestPlan = {
      entry: "Suggester",
      kind: "class",
      tests: [
        {
          name: "Example 1",
          args: [
            [
              ["cat", 5],
              ["car", 7],
            ],
          ],
          calls: [{ method: "suggest", args: ["ca"], expected: ["car", "cat"] }],
        },
      ],
    };
    const code =
      "class Suggester {\n  constructor(h) { this.h = h }\n  suggest(p) { return this.h.filter(([q]) => q.startsWith(p)).sort((x, y) => y[1] - x[1]).map(([q]) => q) }\n}";
    expect(run(code, plan).tests?.[0]).toMatchObject({ passed: true, actual: '[["car","cat"]]' });
  });
});
