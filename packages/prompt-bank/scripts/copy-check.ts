// Counts the ten-word sequences our content shares with the seed documents, so nobody
// pastes source sentences by accident. Prints each shared sequence (most are names and
// titles) and exits non-zero above --max.
// Usage: npm run copy-check -w @mockboard/prompt-bank -- [--seeds DIR] [--max N]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { contentDir } from "../src/load-content";

const WINDOW = 10;
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const seedsDir = resolve(option("--seeds") ?? join(import.meta.dirname, "../../../../shared/seeds"));
const max = Number(option("--max") ?? Number.POSITIVE_INFINITY);

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];

function windows(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + WINDOW <= tokens.length; i++) out.push(tokens.slice(i, i + WINDOW).join(" "));
  return out;
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "schema" ? [] : files(path);
    return name.endsWith(".yaml") ? [path] : [];
  });
}

const seedWindows = new Set<string>();
for (const name of readdirSync(seedsDir).filter((file) => file.endsWith(".txt"))) {
  for (const window of windows(words(readFileSync(join(seedsDir, name), "utf8")))) seedWindows.add(window);
}

const shared = new Map<string, Set<string>>();
for (const file of files(contentDir)) {
  for (const text of strings(parse(readFileSync(file, "utf8")))) {
    for (const window of windows(words(text))) {
      if (!seedWindows.has(window)) continue;
      const where = shared.get(window) ?? new Set<string>();
      where.add(relative(contentDir, file));
      shared.set(window, where);
    }
  }
}

for (const [window, where] of [...shared].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`${window}  (${[...where].slice(0, 3).join(", ")}${where.size > 3 ? ", …" : ""})`);
}
console.log(
  `copy-check: ${shared.size} ten-word sequences shared with the seeds${Number.isFinite(max) ? ` (max ${max})` : ""}`,
);
if (shared.size > max) process.exit(1);
