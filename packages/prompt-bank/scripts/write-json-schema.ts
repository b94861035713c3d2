// Writes content/schema/*.schema.json from the zod schemas. Run after changing src/schema.ts
// or src/content-files.ts: npm run schema -w @mockboard/prompt-bank
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentJsonSchemas } from "../src/json-schema";
import { contentDir } from "../src/load-content";

const dir = join(contentDir, "schema");
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(contentJsonSchemas())) {
  writeFileSync(join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote content/schema/${file}`);
}
// Formatted as the repository formats JSON, so running this script leaves no formatting diff.
execFileSync("npx", ["biome", "format", "--write", dir], { stdio: "inherit" });
