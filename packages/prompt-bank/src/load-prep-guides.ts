import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { ContentError, contentDir } from "./load-content";
import {
  type Checklist,
  PrepGuide,
  PrepGuideFile,
  type PrepSharedFile,
  PrepSharedFile as PrepSharedFileSchema,
  type PrepSharedRef,
} from "./prep-guide-schema";
import { RoundType } from "./schema";

/** content/prep-guides: one <round type>.yaml per guide, shared/pieces.yaml, schema/ for editors. */
export const prepGuidesDir = join(contentDir, "prep-guides");

/** Folders of content/prep-guides that hold no guide. */
const FOLDERS = new Set(["shared", "schema"]);
const SHARED_FILE = join("shared", "pieces.yaml");

/**
 * Reads and validates the preparation guides: resolves `- shared: <name>` items from
 * shared/pieces.yaml, refuses unknown fields, files not named after their round type and
 * anything that is not a guide. Returns the guides in the order of the RoundType enum; throws
 * one ContentError listing every problem with its file.
 */
export function loadPrepGuides(dir: string = prepGuidesDir): PrepGuide[] {
  const problems: string[] = [];
  const where = (file: string) => relative(dir, file);

  const sharedPath = join(dir, SHARED_FILE);
  let shared: PrepSharedFile = { lists: {}, checklists: {} };
  if (existsSync(sharedPath)) {
    const raw = readYaml(sharedPath, problems, where);
    const parsed = raw === undefined ? undefined : check(PrepSharedFileSchema, raw, SHARED_FILE, problems);
    if (parsed) shared = parsed;
  }

  const guides: PrepGuide[] = [];
  if (!existsSync(dir)) throw new ContentError([`${dir}: folder missing`]);
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) {
      if (!FOLDERS.has(name)) problems.push(`${name}/: not a folder of prep-guides (shared, schema)`);
      continue;
    }
    if (!name.endsWith(".yaml")) {
      problems.push(`${name}: not a .yaml file`);
      continue;
    }
    const stem = basename(name, ".yaml");
    if (!RoundType.safeParse(stem).success) {
      problems.push(`${name}: "${stem}" is not a round type (${RoundType.options.join(", ")})`);
      continue;
    }
    const raw = readYaml(file, problems, where);
    if (raw === undefined) continue;
    const parsed = check(PrepGuideFile, raw, name, problems);
    if (!parsed) continue;
    const resolved = resolvePrepGuide(parsed, shared, name, problems);
    if (!resolved) continue;
    const guide = check(PrepGuide, resolved, name, problems);
    if (!guide) continue;
    if (guide.roundType !== stem)
      problems.push(`${name}: roundType "${guide.roundType}" does not match the file name`);
    guides.push(guide);
  }

  if (problems.length > 0) throw new ContentError(problems.map((problem) => `prep-guides/${problem}`));
  const order = RoundType.options;
  return guides.sort((a, b) => order.indexOf(a.roundType) - order.indexOf(b.roundType));
}

/** Replaces the `- shared: <name>` items of a guide file with what they name. */
export function resolvePrepGuide(
  file: PrepGuideFile,
  shared: PrepSharedFile,
  at: string,
  problems: string[],
): unknown | undefined {
  const before = problems.length;
  const lookUp = <T>(pieces: Record<string, T>, name: string, field: string, kind: string): T[] => {
    const piece = pieces[name];
    if (piece !== undefined) return [piece];
    problems.push(`${at}: ${field} names "${name}", which ${SHARED_FILE} has no ${kind} of`);
    return [];
  };
  const texts = (items: (string | PrepSharedRef)[], field: string): string[] =>
    items.flatMap((item) =>
      typeof item === "string" ? [item] : lookUp(shared.lists, item.shared, field, "list").flat(),
    );
  const checklists = file.checklists.flatMap((item): Checklist[] =>
    "shared" in item ? lookUp(shared.checklists, item.shared, "checklists", "checklist") : [item],
  );
  const resolved = {
    ...file,
    format: texts(file.format, "format"),
    whatToShow: texts(file.whatToShow, "whatToShow"),
    checklists,
    afterTheRound: texts(file.afterTheRound, "afterTheRound"),
    antiPatterns: texts(file.antiPatterns, "antiPatterns"),
  };
  return problems.length === before ? resolved : undefined;
}

function check<S extends z.ZodType>(schema: S, raw: unknown, at: string, problems: string[]) {
  const result = schema.safeParse(raw);
  if (result.success) return result.data as z.output<S>;
  for (const issue of result.error.issues)
    problems.push(`${at}: ${issue.path.join(".") || "(file)"}: ${issue.message}`);
  return undefined;
}

function readYaml(file: string, problems: string[], where: (file: string) => string): unknown | undefined {
  const doc = parseDocument(readFileSync(file, "utf8"), { prettyErrors: true, uniqueKeys: true });
  const errors = [...doc.errors, ...doc.warnings];
  for (const error of errors) problems.push(`${where(file)}: ${error.message}`);
  return errors.length === 0 ? doc.toJS() : undefined;
}
