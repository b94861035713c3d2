import type { TestPlan } from "../test-plan";

// JavaScript that runs inside QuickJS. The VM has no host API but the one function the
// prelude takes away for itself (`__mockboard_write`): no network, no DOM, no storage,
// no timers. Values print the way Node's console roughly prints them.

export const CONSOLE_PRELUDE = String.raw`
globalThis.console = (() => {
  const write = globalThis.__mockboard_write;
  delete globalThis.__mockboard_write;
  const inspect = (value, depth, seen) => {
    if (typeof value === "string") return depth === 0 ? value : JSON.stringify(value);
    if (typeof value === "function") return "[Function " + (value.name || "(anonymous)") + "]";
    if (typeof value === "bigint") return value + "n";
    if (typeof value === "symbol") return value.toString();
    if (value === null || typeof value !== "object") return String(value);
    if (seen.includes(value)) return "[Circular]";
    if (depth > 4) return Array.isArray(value) ? "[Array]" : "[Object]";
    const next = seen.concat([value]);
    const show = (item) => inspect(item, depth + 1, next);
    if (value instanceof Error) return value.name + ": " + value.message;
    if (Array.isArray(value)) return "[ " + value.map(show).join(", ") + " ]";
    if (value instanceof Map)
      return "Map(" + value.size + ") { " + [...value].map(([k, v]) => show(k) + " => " + show(v)).join(", ") + " }";
    if (value instanceof Set) return "Set(" + value.size + ") { " + [...value].map(show).join(", ") + " }";
    const entries = Object.keys(value).map((key) => key + ": " + show(value[key]));
    const name = value.constructor && value.constructor !== Object ? value.constructor.name + " " : "";
    return name + "{ " + entries.join(", ") + " }";
  };
  const line = (stream) => (...args) => write(stream, args.map((arg) => inspect(arg, 0, [])).join(" ") + "\n");
  return { log: line("stdout"), info: line("stdout"), debug: line("stdout"), warn: line("stderr"), error: line("stderr") };
})();
`;

/**
 * The test harness for a plan, as a script evaluated after the code. The entry is named in
 * the source (a checked identifier, see CodeExercise), so a top-level \`const\` or \`class\`
 * is found as well as a function; the plan travels as a JSON literal.
 */
export function jsTestHarness(plan: TestPlan): string {
  return String.raw`
(() => {
  const plan = ${JSON.stringify(plan)};
  const entry = typeof ${plan.entry} === "undefined" ? undefined : ${plan.entry};
  const norm = (value, depth) => {
    if (depth > 50) return String(value);
    if (value === undefined || value === null) return null;
    if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
    if (typeof value === "boolean" || typeof value === "string") return value;
    if (typeof value === "bigint") return Number(value);
    if (Array.isArray(value)) return value.map((item) => norm(item, depth + 1));
    if (value instanceof Set) return [...value].map((item) => norm(item, depth + 1)).sort();
    if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), norm(v, depth + 1)]));
    if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, norm(v, depth + 1)]));
    return String(value);
  };
  const same = (a, b) => {
    if (typeof a === "number" && typeof b === "number")
      return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
    if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
      const keys = Object.keys(a);
      return keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]));
    }
    return a === b;
  };
  const show = (value) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length <= 2000 ? text : text.slice(0, 1997) + "...";
  };
  const copy = (value) => JSON.parse(JSON.stringify(value));
  const describe = (error) => {
    const where = /main\.[jt]s:(\d+)/.exec(String(error && error.stack));
    const text = error instanceof Error ? error.name + ": " + error.message : "Thrown: " + String(error);
    return where ? text + " (line " + where[1] + ")" : text;
  };
  return JSON.stringify(plan.tests.map((test) => {
    const expected = plan.kind === "function" ? test.expected : test.calls.filter((call) => "expected" in call).map((call) => call.expected);
    const result = { name: test.name, passed: false, expected: show(expected), actual: null, error: null };
    if (typeof entry !== "function") return { ...result, error: plan.entry + " is not defined" };
    try {
      let actual;
      if (plan.kind === "function") actual = norm(entry(...copy(test.args)), 0);
      else {
        const target = new entry(...copy(test.args));
        actual = [];
        for (const call of test.calls) {
          const value = norm(target[call.method](...copy(call.args)), 0);
          if ("expected" in call) actual.push(value);
        }
      }
      return { ...result, actual: show(actual), passed: same(actual, expected) };
    } catch (error) {
      return { ...result, error: describe(error) };
    }
  }));
})()
`;
}
