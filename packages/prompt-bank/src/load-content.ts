import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import type { z } from "zod";
import {
  kindFolder,
  PhaseTemplatesFile,
  PromptFile,
  RubricFile,
  SharedDeliverablesFile,
  SharedFollowUpsFile,
  type SharedRef,
  SharedTextsFile,
} from "./content-files";
import {
  type FollowUp,
  type Phase,
  type Prompt,
  PromptDefinition,
  PromptKind,
  type RubricTemplate,
} from "./schema";

/** This package's content folder, found from this module's own place so any caller can load it. */
export const contentDir = join(dirname(fileURLToPath(import.meta.url)), "..", "content");

/** The shared pieces prompt files refer to by name (content/shared/). */
export interface SharedPieces {
  phaseTemplates: z.output<typeof PhaseTemplatesFile>;
  redFlags: z.output<typeof SharedTextsFile>;
  signals: z.output<typeof SharedTextsFile>;
  followUps: z.output<typeof SharedFollowUpsFile>;
  deliverables: z.output<typeof SharedDeliverablesFile>;
}

export interface Content {
  prompts: Prompt[];
  rubrics: RubricTemplate[];
  /** The shared phase plans: their titles and instructions are the same for every prompt using them. */
  phaseTemplates: SharedPieces["phaseTemplates"];
}

/** What went wrong in which file; the loader reports every problem at once. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`prompt bank content is invalid:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ContentError";
  }
}

const SHARED_FILES = {
  phaseTemplates: ["phase-templates.yaml", PhaseTemplatesFile],
  redFlags: ["red-flags.yaml", SharedTextsFile],
  signals: ["signals.yaml", SharedTextsFile],
  followUps: ["follow-ups.yaml", SharedFollowUpsFile],
  deliverables: ["deliverables.yaml", SharedDeliverablesFile],
} as const;

/**
 * Reads, resolves and validates the content folder: shared pieces, one YAML file per rubric
 * (rubrics/<slug>.yaml) and per prompt (prompts/<kind folder>/<slug>.yaml). Throws a
 * ContentError listing every problem found, each with its file.
 */
export function loadContent(dir: string): Content {
  const problems: string[] = [];
  const where = (file: string) => relative(dir, file);

  const shared = readShared(dir, problems, where);

  const rubrics: RubricTemplate[] = [];
  for (const file of yamlFiles(join(dir, "rubrics"), problems, where)) {
    const raw = readYaml(file, problems, where);
    if (raw === undefined) continue;
    const rubric = validate(RubricFile, raw, where(file), problems);
    if (!rubric) continue;
    if (rubric.slug !== basename(file, ".yaml"))
      problems.push(`${where(file)}: slug "${rubric.slug}" does not match the file name`);
    rubrics.push(rubric);
  }

  const prompts: Prompt[] = [];
  const promptsDir = join(dir, "prompts");
  const folders = new Map(PromptKind.options.map((kind) => [kindFolder(kind), kind]));
  for (const entry of listDir(promptsDir, problems, where)) {
    if (!folders.has(entry))
      problems.push(
        `${where(join(promptsDir, entry))}: not a kind folder (${[...folders.keys()].join(", ")})`,
      );
  }
  for (const [folder, kind] of folders) {
    const kindDir = join(promptsDir, folder);
    if (!existsSync(kindDir)) continue;
    for (const file of yamlFiles(kindDir, problems, where)) {
      const raw = readYaml(file, problems, where);
      if (raw === undefined) continue;
      const parsed = validate(PromptFile, raw, where(file), problems);
      if (!parsed) continue;
      const resolved = resolvePrompt(parsed, shared, where(file), problems);
      if (!resolved) continue;
      const prompt = validate(PromptDefinition, resolved, where(file), problems);
      if (!prompt) continue;
      if (prompt.slug !== basename(file, ".yaml"))
        problems.push(`${where(file)}: slug "${prompt.slug}" does not match the file name`);
      if (prompt.kind !== kind)
        problems.push(`${where(file)}: kind ${prompt.kind} belongs in prompts/${kindFolder(prompt.kind)}/`);
      prompts.push(prompt);
    }
  }

  const rubricSlugs = new Set(rubrics.map((rubric) => rubric.slug));
  const seen = new Set<string>();
  for (const prompt of prompts) {
    if (seen.has(prompt.slug)) problems.push(`prompt slug "${prompt.slug}" is used by more than one file`);
    seen.add(prompt.slug);
    if (!rubricSlugs.has(prompt.rubric))
      problems.push(
        `prompt ${prompt.slug}: rubric "${prompt.rubric}" has no file rubrics/${prompt.rubric}.yaml`,
      );
  }

  if (problems.length > 0) throw new ContentError(problems);
  return { prompts, rubrics, phaseTemplates: shared.phaseTemplates };
}

function readShared(dir: string, problems: string[], where: (file: string) => string): SharedPieces {
  const read = <S extends z.ZodType>(name: string, schema: S): z.output<S> | Record<string, never> => {
    const file = join(dir, "shared", name);
    if (!existsSync(file)) return {};
    const raw = readYaml(file, problems, where);
    return (raw === undefined ? undefined : validate(schema, raw, where(file), problems)) ?? {};
  };
  return {
    phaseTemplates: read(...SHARED_FILES.phaseTemplates),
    redFlags: read(...SHARED_FILES.redFlags),
    signals: read(...SHARED_FILES.signals),
    followUps: read(...SHARED_FILES.followUps),
    deliverables: read(...SHARED_FILES.deliverables),
  };
}

/** Replaces the shared references of a prompt file with what they name. */
export function resolvePrompt(
  file: PromptFile,
  shared: SharedPieces,
  at: string,
  problems: string[],
): unknown | undefined {
  const before = problems.length;
  const expand = <T>(
    items: (T | SharedRef)[],
    pieces: Record<string, T[]>,
    field: string,
    sharedFile: string,
  ) =>
    items.flatMap((item) => {
      if (!isSharedRef(item)) return [item];
      const piece = pieces[item.shared];
      if (piece) return piece;
      problems.push(`${at}: guide.${field} names "${item.shared}", which shared/${sharedFile} does not have`);
      return [];
    });
  const guide = {
    ...file.guide,
    redFlags: expand(file.guide.redFlags, shared.redFlags, "redFlags", SHARED_FILES.redFlags[0]),
    signals: expand(file.guide.signals, shared.signals, "signals", SHARED_FILES.signals[0]),
    followUps: expand<FollowUp>(
      file.guide.followUps,
      shared.followUps,
      "followUps",
      SHARED_FILES.followUps[0],
    ),
  };
  const phases = Array.isArray(file.phases) ? file.phases : fillTemplate(file.phases, shared, at, problems);
  const brief = {
    ...file.brief,
    deliverable: resolveDeliverable(file.brief.deliverable, shared, at, problems),
  };
  return problems.length === before ? { ...file, brief, guide, phases } : undefined;
}

/** A shared deliverable's text, then the prompt's own addition; a plain string as it is. */
function resolveDeliverable(
  deliverable: PromptFile["brief"]["deliverable"],
  shared: SharedPieces,
  at: string,
  problems: string[],
): string {
  if (typeof deliverable === "string") return deliverable;
  const text = shared.deliverables[deliverable.shared];
  if (text === undefined) {
    problems.push(
      `${at}: brief.deliverable names "${deliverable.shared}", which shared/${SHARED_FILES.deliverables[0]} does not have`,
    );
    return "";
  }
  return deliverable.plus ? `${text} ${deliverable.plus}` : text;
}

function fillTemplate(
  ref: { template: string; lookFor?: Record<string, string> },
  shared: SharedPieces,
  at: string,
  problems: string[],
): Phase[] {
  const template = shared.phaseTemplates[ref.template];
  if (!template) {
    problems.push(`${at}: phases.template "${ref.template}" is not in shared/phase-templates.yaml`);
    return [];
  }
  const lookFor = ref.lookFor ?? {};
  const keys = new Set(template.map((phase) => phase.key));
  for (const key of Object.keys(lookFor))
    if (!keys.has(key))
      problems.push(`${at}: phases.lookFor.${key} is not a phase of template ${ref.template}`);
  return template.map((phase) => {
    const own = lookFor[phase.key];
    if (phase.lookFor && own)
      problems.push(`${at}: phases.lookFor.${phase.key} is already set by template ${ref.template}`);
    const text = phase.lookFor ?? own;
    if (!text) problems.push(`${at}: phases.lookFor.${phase.key} is missing (template ${ref.template})`);
    return { ...phase, lookFor: text ?? "" };
  });
}

function isSharedRef(item: unknown): item is SharedRef {
  return typeof item === "object" && item !== null && "shared" in item;
}

/** Parses with the schema and, unlike zod's default, refuses keys the schema does not know. */
function validate<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  at: string,
  problems: string[],
): z.output<S> | undefined {
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push(`${at}: ${issue.path.join(".") || "(file)"}: ${issue.message}`);
    return undefined;
  }
  const unknown = unknownKeys(raw, result.data, "");
  for (const path of unknown) problems.push(`${at}: ${path}: unknown field`);
  return unknown.length === 0 ? result.data : undefined;
}

function unknownKeys(raw: unknown, parsed: unknown, path: string): string[] {
  if (Array.isArray(raw) && Array.isArray(parsed))
    return raw.flatMap((item, index) => unknownKeys(item, parsed[index], `${path}[${index}]`));
  if (!isRecord(raw) || !isRecord(parsed)) return [];
  return Object.entries(raw).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    return key in parsed ? unknownKeys(value, parsed[key], at) : [at];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readYaml(file: string, problems: string[], where: (file: string) => string): unknown | undefined {
  const doc = parseDocument(readFileSync(file, "utf8"), { prettyErrors: true, uniqueKeys: true });
  const errors = [...doc.errors, ...doc.warnings];
  for (const error of errors) problems.push(`${where(file)}: ${error.message}`);
  return errors.length === 0 ? doc.toJS() : undefined;
}

function listDir(dir: string, problems: string[], where: (file: string) => string): string[] {
  if (!existsSync(dir)) {
    problems.push(`${where(dir)}: folder missing`);
    return [];
  }
  return readdirSync(dir).sort();
}

/** The .yaml files of a folder; anything else there is reported, as it would be silently ignored. */
function yamlFiles(dir: string, problems: string[], where: (file: string) => string): string[] {
  return listDir(dir, problems, where).flatMap((name) => {
    const file = join(dir, name);
    if (name.endsWith(".yaml")) return [file];
    problems.push(`${where(file)}: not a .yaml file`);
    return [];
  });
}
