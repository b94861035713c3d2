// Adds up the JSON reports every vitest run wrote and prints one plain closing line,
// "Tests: N passed, N failed, N skipped", so CI can tell how many tests ran. A file whose
// setup (beforeAll) fails skips its tests without failing any of them: it fails the run here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const reports = ["apps", "packages"]
  .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name)))
  .concat(join(root, "tests"))
  .map((dir) => join(dir, "test-results/vitest.json"))
  .filter((file) => existsSync(file));
let passed = 0;
let failed = 0;
let skipped = 0;
let failedFiles = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  failedFiles += report.numFailedTestSuites ?? 0;
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failedFiles > 0) console.log(`Failed suites: ${failedFiles} (a setup failed; see the report above)`);
process.exit(failed > 0 || failedFiles > 0 || passed === 0 ? 1 : 0);
