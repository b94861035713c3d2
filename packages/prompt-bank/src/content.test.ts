import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  fileSchemas,
  kindFolder,
  PhaseTemplatesFile,
  type PromptFile,
  RubricFile,
  SharedDeliverablesFile,
  SharedFollowUpsFile,
  SharedTextsFile,
} from "./content-files";
import { contentJsonSchemas } from "./json-schema";
import { contentDir } from "./load-content";

// The rules a coach's edit must keep. The loader enforces them too; here each rule is
// checked on the raw files, so a failure names the file and the rule.

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? yamlFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const at = (file: string) => relative(contentDir, file);
const read = (file: string): unknown => parse(readFileSync(file, "utf8"));

const promptFiles = yamlFiles(join(contentDir, "prompts"));
const rubricFiles = yamlFiles(join(contentDir, "rubrics"));
const sharedDir = join(contentDir, "shared");
const prompts = promptFiles.map((file) => ({ file, data: read(file) as PromptFile }));

describe("the content folder", () => {
  it("holds one YAML file per prompt, named after its slug, in the folder of its kind", () => {
    expect(promptFiles.length).toBeGreaterThan(0);
    for (const { file, data } of prompts) {
      expect(file.endsWith(".yaml"), at(file)).toBe(true);
      expect(basename(file, ".yaml"), at(file)).toBe(data.slug);
      expect(at(file), at(file)).toBe(join("prompts", kindFolder(data.kind), `${data.slug}.yaml`));
    }
  });

  it("holds one YAML file per rubric, named after its slug", () => {
    for (const file of rubricFiles) {
      expect(file.endsWith(".yaml"), at(file)).toBe(true);
      expect(basename(file, ".yaml"), at(file)).toBe((read(file) as { slug: string }).slug);
    }
  });

  it("gives every prompt file a slug no other file uses", () => {
    const slugs = prompts.map(({ data }) => data.slug);
    expect(slugs.filter((slug, index) => slugs.indexOf(slug) !== index)).toEqual([]);
  });

  it("validates every file against the schema of its kind of file", () => {
    const check = (
      schema: { safeParse: (value: unknown) => { success: boolean; error?: unknown } },
      file: string,
    ) => expect(schema.safeParse(read(file)).error, at(file)).toBeUndefined();
    for (const { file } of prompts) check(fileSchemas["prompt.schema.json"], file);
    for (const file of rubricFiles) check(RubricFile, file);
    check(PhaseTemplatesFile, join(sharedDir, "phase-templates.yaml"));
    check(SharedTextsFile, join(sharedDir, "red-flags.yaml"));
    check(SharedTextsFile, join(sharedDir, "signals.yaml"));
    check(SharedFollowUpsFile, join(sharedDir, "follow-ups.yaml"));
    check(SharedDeliverablesFile, join(sharedDir, "deliverables.yaml"));
  });

  it("points every rubric reference at a rubric file", () => {
    const rubrics = new Set(rubricFiles.map((file) => basename(file, ".yaml")));
    for (const { file, data } of prompts)
      expect(rubrics.has(data.rubric), `${at(file)} -> ${data.rubric}`).toBe(true);
  });

  it("resolves every shared reference, and every shared piece is used by some prompt", () => {
    const names = (file: string) => new Set(Object.keys(read(join(sharedDir, file)) as object));
    const available = {
      template: names("phase-templates.yaml"),
      redFlags: names("red-flags.yaml"),
      signals: names("signals.yaml"),
      followUps: names("follow-ups.yaml"),
      deliverables: names("deliverables.yaml"),
    };
    const used = Object.fromEntries(Object.keys(available).map((key) => [key, new Set<string>()]));
    const refer = (kind: keyof typeof available, name: string, file: string) => {
      expect(available[kind].has(name), `${at(file)}: ${kind} ${name}`).toBe(true);
      used[kind]?.add(name);
    };
    for (const { file, data } of prompts) {
      if (!Array.isArray(data.phases)) refer("template", data.phases.template, file);
      if (typeof data.brief.deliverable === "object")
        refer("deliverables", data.brief.deliverable.shared, file);
      for (const field of ["redFlags", "signals", "followUps"] as const)
        for (const item of data.guide[field] ?? [])
          if (typeof item === "object" && "shared" in item) refer(field, item.shared, file);
    }
    for (const [kind, names] of Object.entries(available))
      expect(
        [...names].filter((name) => !used[kind]?.has(name)),
        `unused ${kind}`,
      ).toEqual([]);
  });

  it("starts every file with the line that tells an editor its JSON Schema", () => {
    const expected = (file: string) => {
      if (file.startsWith(join(contentDir, "prompts"))) return "../../schema/prompt.schema.json";
      if (file.startsWith(join(contentDir, "rubrics"))) return "../schema/rubric.schema.json";
      return {
        "phase-templates.yaml": "../schema/phase-templates.schema.json",
        "red-flags.yaml": "../schema/shared-texts.schema.json",
        "signals.yaml": "../schema/shared-texts.schema.json",
        "follow-ups.yaml": "../schema/shared-follow-ups.schema.json",
        "deliverables.yaml": "../schema/shared-deliverables.schema.json",
      }[basename(file)];
    };
    for (const file of [...promptFiles, ...rubricFiles, ...yamlFiles(sharedDir)]) {
      const firstLine = readFileSync(file, "utf8").split("\n", 1)[0];
      expect(firstLine, at(file)).toBe(`# yaml-language-server: $schema=${expected(file)}`);
    }
  });

  it("publishes JSON Schemas that match the zod schemas (run `npm run schema` when this fails)", () => {
    const schemaDir = join(contentDir, "schema");
    const generated = contentJsonSchemas();
    expect(readdirSync(schemaDir).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, schema] of Object.entries(generated))
      expect(JSON.parse(readFileSync(join(schemaDir, file), "utf8")), file).toEqual(schema);
  });
});
