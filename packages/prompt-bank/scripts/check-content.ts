// Validates one content module (or all) against the schemas and prints a summary.
// Usage: npx tsx packages/prompt-bank/scripts/check-content.ts src/content/seed-000.ts
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { PromptDefinition, RubricTemplateDefinition } from "../src/schema";

const files = process.argv.slice(2);
let failures = 0;
for (const file of files) {
  const mod = await import(pathToFileURL(resolve(file)).href);
  const prompts: unknown[] = mod.prompts ?? [];
  const rubrics: unknown[] = mod.rubrics ?? [];
  const slugs = new Set<string>();
  for (const [index, raw] of prompts.entries()) {
    const result = PromptDefinition.safeParse(raw);
    const slug = (raw as { slug?: string }).slug ?? `#${index}`;
    if (!result.success) {
      failures++;
      console.error(
        `✗ prompt ${slug}:`,
        result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      );
    } else if (slugs.has(result.data.slug)) {
      failures++;
      console.error(`✗ duplicate slug ${result.data.slug}`);
    } else slugs.add(result.data.slug);
  }
  for (const raw of rubrics) {
    const result = RubricTemplateDefinition.safeParse(raw);
    if (!result.success) {
      failures++;
      console.error(
        `✗ rubric ${(raw as { slug?: string }).slug}:`,
        result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      );
    }
  }
  console.log(`${file}: ${prompts.length} prompts, ${rubrics.length} rubrics`);
}
process.exit(failures ? 1 : 0);
