// Writes content/schema/*.schema.json from the zod schemas. Run after changing src/schema.ts
// or src/content-files.ts: npm run schema -w @mockboard/prompt-bank
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentJsonSchemas } from "../src/json-schema";
import { contentDir } from "../src/load-content";
import { prepGuidesDir } from "../src/load-prep-guides";
import { prepGuideJsonSchemas } from "../src/prep-guide-schema";

const dir = join(contentDir, "schema");
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(contentJsonSchemas())) {
  writeFileSync(join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote content/schema/${file}`);
}
// The preparation guides' schemas sit with the guides (content/prep-guides/schema/).
const prepDir = join(prepGuidesDir, "schema");
mkdirSync(prepDir, { recursive: true });
for (const [file, schema] of Object.entries(prepGuideJsonSchemas())) {
  writeFileSync(join(prepDir, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote content/prep-guides/schema/${file}`);
}
// Formatted as the repository formats JSON, so running this script leaves no formatting diff.
execFileSync("npx", ["biome", "format", "--write", dir, prepDir], { stdio: "inherit" });
