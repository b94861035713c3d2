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

// What every engine does is engine-contract.test.ts; here is what only JavaScript has.
describe("running JavaScript in QuickJS", () => {
  it("prints console output, objects as Node would roughly print them", () => {
    const result = run('console.log("hi", 1, [1, "a"], { b: 2 }, new Map([[1, 2]])); console.error("oops")');
    expect(result).toMatchObject({
      status: "ok",
      stdout: 'hi 1 [ 1, "a" ] { b: 2 } Map(1) { 1 => 2 }\n',
      stderr: "oops\n",
    });
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
