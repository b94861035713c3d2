// Prints what a candidate can see of each built-in prompt that gives its answer away (see
// src/leak-check.ts), grouped by file, and a count per folder. The whole-bank test is the gate.
// Usage: npm run leak-check -w @mockboard/prompt-bank -- [<folder>|<slug>]...
import { bankLeaks } from "../src/bank-leaks";
import { describeLeak } from "../src/leak-check";

const wanted = process.argv.slice(2);
const checked = bankLeaks().filter(
  ({ prompt, folder }) => wanted.length === 0 || wanted.includes(folder) || wanted.includes(prompt.slug),
);
if (checked.length === 0) {
  console.error(`leak-check: no folder or slug matches ${wanted.join(", ")}`);
  process.exit(2);
}

const perFolder = new Map<string, { prompts: number; leaky: number; findings: number }>();
for (const { prompt, folder, findings } of checked) {
  const count = perFolder.get(folder) ?? { prompts: 0, leaky: 0, findings: 0 };
  count.prompts += 1;
  count.findings += findings.length;
  if (findings.length > 0) {
    count.leaky += 1;
    console.log(`prompts/${folder}/${prompt.slug}.yaml`);
    for (const finding of findings) console.log(`  - ${describeLeak(finding)}`);
    console.log("");
  }
  perFolder.set(folder, count);
}

for (const [folder, count] of [...perFolder].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`${folder}: ${count.findings} findings in ${count.leaky} of ${count.prompts} prompts`);
const total = checked.reduce((sum, { findings }) => sum + findings.length, 0);
console.log(`leak-check: ${total} findings`);
