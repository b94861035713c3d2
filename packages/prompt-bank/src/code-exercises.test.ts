import { entryName, testPlanFor } from "@mockboard/codepad";
import { createJsEngine, createPythonEngine, type PythonEngine } from "@mockboard/codepad/engines";
import { loadPyodide } from "pyodide";
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import { beforeAll, describe, expect, it } from "vitest";
import { prompts } from "./bank";

// The algorithms round's code pad material: every prompt there carries starter code and
// example tests, the tests agree with the brief's examples (a reference solution passes them),
// and every runnable starter runs as written.

const algorithms = prompts.filter((prompt) => prompt.roundType === "coding" && !prompt.source);
const withCode = prompts.filter((prompt) => prompt.brief.code);

/** Short reference solutions, only to prove each prompt's example tests say what the brief says. */
const REFERENCE: Record<string, string> = {
  "closest-readings-from-two-sensors": `
def closest_pair(a, b):
    i = j = 0
    best = (a[0], b[0])
    while i < len(a) and j < len(b):
        if abs(a[i] - b[j]) < abs(best[0] - best[1]):
            best = (a[i], b[j])
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return best`,
  "count-outage-regions": `
def outage_regions(floor):
    seen, sizes = set(), []
    for r, row in enumerate(floor):
        for c, cell in enumerate(row):
            if cell != "X" or (r, c) in seen:
                continue
            stack, size = [(r, c)], 0
            seen.add((r, c))
            while stack:
                y, x = stack.pop()
                size += 1
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < len(floor) and 0 <= nx < len(floor[ny]) and floor[ny][nx] == "X" and (ny, nx) not in seen:
                        seen.add((ny, nx))
                        stack.append((ny, nx))
            sizes.append(size)
    return (len(sizes), max(sizes, default=0))`,
  "fewest-edits-between-commands": `
def fewest_edits(typed, command):
    previous = list(range(len(command) + 1))
    for i, a in enumerate(typed, 1):
        current = [i]
        for j, b in enumerate(command, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]`,
  "fewest-steps-through-warehouse": `
from collections import deque
def fewest_steps(grid):
    start = next((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == "S")
    queue, seen = deque([(start, 0)]), {start}
    while queue:
        (r, c), steps = queue.popleft()
        if grid[r][c] == "P":
            return steps
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append(((nr, nc), steps + 1))
    return -1`,
  "group-customer-records": `
def group_records(records):
    parent = list(range(len(records)))
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    owner = {}
    for i, details in enumerate(records):
        for detail in details:
            if detail in owner:
                parent[find(i)] = find(owner[detail])
            else:
                owner[detail] = i
    groups = {}
    for i in range(len(records)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())`,
  "least-truck-capacity": `
def least_capacity(weights, days):
    def trips(capacity):
        count, load = 1, 0
        for w in weights:
            if load + w > capacity:
                count, load = count + 1, 0
            load += w
        return count
    low, high = max(weights), sum(weights)
    while low < high:
        mid = (low + high) // 2
        if trips(mid) <= days:
            high = mid
        else:
            low = mid + 1
    return low`,
  "longest-balanced-log-segment": `
def longest_balanced(events):
    first, balance, best = {0: 0}, 0, 0
    for i, event in enumerate(events, 1):
        balance += 1 if event == "open" else -1
        if balance in first:
            best = max(best, i - first[balance])
        else:
            first[balance] = i
    return best`,
  "longest-stretch-within-budget": `
def longest_stretch(costs, budget):
    start = total = best = 0
    for end, cost in enumerate(costs):
        total += cost
        while total > budget:
            total -= costs[start]
            start += 1
        best = max(best, end - start + 1)
    return best`,
  "maintenance-window-downtime": `
def downtime(windows):
    periods = []
    for start, end in sorted(windows):
        if periods and start <= periods[-1][1]:
            periods[-1][1] = max(periods[-1][1], end)
        else:
            periods.append([start, end])
    return ([tuple(p) for p in periods], sum(end - start for start, end in periods))`,
  "most-profitable-jobs-for-a-contractor": `
import bisect
def max_pay(jobs):
    jobs = sorted(jobs, key=lambda job: job[1])
    ends, best = [0], [0]
    for start, end, pay in jobs:
        i = bisect.bisect_right(ends, start) - 1
        ends.append(end)
        best.append(max(best[-1], best[i] + pay))
    return best[-1]`,
  "running-median-latency": `
import heapq
class MedianTracker:
    def __init__(self):
        self.low, self.high = [], []
    def add(self, latency_ms):
        heapq.heappush(self.low, -latency_ms)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))
    def median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2`,
  "top-search-suggestions": `
class Suggester:
    def __init__(self, history):
        self.history = sorted(history, key=lambda item: (-item[1], item[0]))
    def suggest(self, prefix):
        return [query for query, _ in self.history if query.startswith(prefix)][:3]`,
};

let python: PythonEngine;
beforeAll(async () => {
  python = createPythonEngine(await loadPyodide());
}, 60_000);

describe("code pad material in the algorithms round", () => {
  it("every algorithms prompt has starter code in Python, JavaScript, TypeScript, Java, C++ and Go, and example tests", () => {
    expect(algorithms.length).toBeGreaterThanOrEqual(12);
    for (const prompt of algorithms) {
      const code = prompt.brief.code;
      expect({ slug: prompt.slug, languages: Object.keys(code?.starter ?? {}).sort() }).toEqual({
        slug: prompt.slug,
        languages: ["cpp", "go", "java", "javascript", "python", "typescript"],
      });
      expect(code?.tests.length, prompt.slug).toBeGreaterThanOrEqual(prompt.brief.examples.length);
    }
  });

  it("every starter names the entry the tests call, in that language's spelling", () => {
    for (const prompt of withCode) {
      const code = prompt.brief.code;
      if (!code) continue;
      for (const [language, starter] of Object.entries(code.starter)) {
        const name = entryName(code.entry, language as keyof typeof code.starter);
        expect({ slug: prompt.slug, language, names: starter?.includes(name) }).toEqual({
          slug: prompt.slug,
          language,
          names: true,
        });
      }
    }
  });

  it.each(algorithms.map((prompt) => [prompt.slug]))(
    "%s: a reference solution passes every example test",
    (slug) => {
      const prompt = algorithms.find((candidate) => candidate.slug === slug);
      const code = prompt?.brief.code;
      const reference = REFERENCE[slug];
      if (!code || !reference) throw new Error(`${slug} has no code or no reference solution here`);
      const outcome = python.run(
        { language: "python", code: reference, tests: testPlanFor(code, "python") },
        () => undefined,
      );
      expect(outcome.status).toBe("ok");
      expect(outcome.tests?.filter((test) => !test.passed)).toEqual([]);
    },
  );

  it("every runnable starter runs as written, and its tests fail rather than crash", async () => {
    const js = createJsEngine(
      await newQuickJSWASMModuleFromVariant(import("@jitl/quickjs-wasmfile-release-sync")),
    );
    for (const prompt of withCode) {
      const code = prompt.brief.code;
      if (!code) continue;
      for (const language of ["python", "javascript", "typescript"] as const) {
        const starter = code.starter[language];
        if (!starter) continue;
        const engine = language === "python" ? python : js;
        const errors: string[] = [];
        const outcome = engine.run(
          { language, code: starter, tests: testPlanFor(code, language) },
          (stream, text) => {
            if (stream === "stderr") errors.push(text);
          },
        );
        expect({ slug: prompt.slug, language, status: outcome.status, errors }).toEqual({
          slug: prompt.slug,
          language,
          status: "ok",
          errors: [],
        });
        expect(outcome.tests?.every((test) => !test.passed || test.expected === "null")).toBe(true);
      }
    }
  });
});
