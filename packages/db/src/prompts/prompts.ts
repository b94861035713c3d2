import { mayInCohort } from "@mockboard/interview";
import type {
  CandidateBrief,
  CustomPromptInput,
  InterviewerGuide,
  Phase,
  Prompt,
  PromptStage,
  RubricTemplate,
} from "@mockboard/prompt-bank";
import type { Difficulty, Prisma, PromptKind } from "@prisma/client";
import type { Db } from "../client";
import { getCohortRole } from "../cohorts/cohorts";
import { ForbiddenError, NotFoundError } from "../errors";
import { viewerMayReadGuide } from "./guide-access";
import { parseBrief, parseGuide, parsePhases, parseRubric, parseStages } from "./prompt-columns";
import { upsertPromptVersion } from "./prompt-seed";
import { newPromptSlug } from "./prompt-slug";
import { visibleTo } from "./visibility";

/** A prompt version as the candidate may see it: everything but the guide. */
export interface PromptBrief {
  id: string;
  slug: string;
  version: number;
  isCurrent: boolean;
  title: string;
  kind: PromptKind;
  roundType: string;
  company: string | null;
  difficulty: Difficulty;
  minutes: number;
  tags: string[];
  signal: string | null;
  brief: CandidateBrief;
  phases: Phase[];
  sourceSeed: string | null;
  sourceRef: string | null;
  cohortId: string | null;
  createdAt: Date;
  cohort: { id: string; name: string } | null;
  rubric: { slug: string; title: string; version: number; definition: RubricTemplate };
}

export interface PromptVersionSummary {
  version: number;
  createdAt: Date;
  isCurrent: boolean;
  author: { name: string | null } | null;
}

/** The full prompt with its interviewer guide, its versions and whether the viewer may edit it. */
export interface PromptWithGuide extends PromptBrief {
  guide: InterviewerGuide;
  /** Later parts the interviewer reveals in the room: held back with the guide. */
  stages: PromptStage[];
  versions: PromptVersionSummary[];
  canEdit: boolean;
}

export interface SavedPrompt {
  id: string;
  slug: string;
  version: number;
}

const briefFields = {
  id: true,
  slug: true,
  version: true,
  isCurrent: true,
  title: true,
  kind: true,
  roundType: true,
  company: true,
  difficulty: true,
  minutes: true,
  tags: true,
  signal: true,
  brief: true,
  phases: true,
  sourceSeed: true,
  sourceRef: true,
  cohortId: true,
  createdAt: true,
  cohort: { select: { id: true, name: true } },
  rubricTemplate: { select: { slug: true, title: true, version: true, definition: true } },
} as const satisfies Prisma.PromptSelect;

type BriefRow = Prisma.PromptGetPayload<{ select: typeof briefFields }>;

function toBrief(row: BriefRow): PromptBrief {
  const { rubricTemplate, brief, phases, ...fields } = row;
  return {
    ...fields,
    brief: parseBrief(brief),
    phases: parsePhases(phases),
    rubric: { ...rubricTemplate, definition: parseRubric(rubricTemplate.definition) },
  };
}

function versionWhere(slug: string, viewerId: string, version: number | undefined) {
  return { slug, ...(version ? { version } : { isCurrent: true }), ...visibleTo(viewerId) };
}

/**
 * The candidate-facing prompt: the guide column is never selected, so it cannot leak
 * through a serializer or a forgotten field.
 */
export async function getPromptBrief(
  db: Db,
  slug: string,
  viewerId: string,
  version?: number,
): Promise<PromptBrief> {
  const row = await db.prompt.findFirst({
    where: versionWhere(slug, viewerId, version),
    select: briefFields,
  });
  if (!row) throw new NotFoundError("No such prompt");
  return toBrief(row);
}

export async function getPromptWithGuide(
  db: Db,
  slug: string,
  viewerId: string,
  version?: number,
): Promise<PromptWithGuide> {
  const found = await db.prompt.findFirst({
    where: versionWhere(slug, viewerId, version),
    select: { slug: true, cohortId: true, authorId: true },
  });
  if (!found) throw new NotFoundError("No such prompt");
  if (!(await viewerMayReadGuide(db, found, viewerId))) {
    throw new ForbiddenError("The interviewer guide of this prompt is not available to you");
  }
  const row = await db.prompt.findFirst({
    where: versionWhere(slug, viewerId, version),
    select: { ...briefFields, guide: true, stages: true },
  });
  if (!row) throw new NotFoundError("No such prompt");
  const { guide, stages, ...briefRow } = row;
  const [versions, role] = await Promise.all([
    db.prompt.findMany({
      where: { slug },
      orderBy: { version: "desc" },
      select: { version: true, createdAt: true, isCurrent: true, author: { select: { name: true } } },
    }),
    row.cohortId ? getCohortRole(db, row.cohortId, viewerId) : Promise.resolve(null),
  ]);
  return {
    ...toBrief(briefRow),
    guide: parseGuide(guide),
    stages: parseStages(stages),
    versions,
    canEdit: mayInCohort(role, "write-prompts"),
  };
}

/** How many built-in prompts the bank holds (cohort prompts not counted). */
export function countBuiltInPrompts(db: Db): Promise<number> {
  return db.prompt.count({ where: { isCurrent: true, cohortId: null } });
}

async function requireEditor(db: Db, cohortId: string, userId: string) {
  const role = await getCohortRole(db, cohortId, userId);
  if (role === null) throw new NotFoundError("No such cohort");
  if (!mayInCohort(role, "write-prompts"))
    throw new ForbiddenError("Only cohort owners and coaches can write prompts");
}

async function currentRubricId(db: Db, slug: string) {
  const rubric = await db.rubricTemplate.findFirst({
    where: { slug, isCurrent: true },
    select: { id: true },
  });
  if (!rubric) throw new NotFoundError(`No rubric template "${slug}"`);
  return rubric.id;
}

const savedFields = { id: true, slug: true, version: true } as const;

/** A cohort owner or coach writes a prompt for their cohort (version 1). */
export async function createCohortPrompt(
  db: Db,
  cohortId: string,
  authorId: string,
  input: CustomPromptInput,
): Promise<SavedPrompt> {
  await requireEditor(db, cohortId, authorId);
  const rubricId = await currentRubricId(db, input.rubric);
  const prompt: Prompt = { ...input, slug: newPromptSlug(input.title) };
  return db.$transaction(async (tx) => {
    const { id } = await upsertPromptVersion(tx, prompt, rubricId, { cohortId, authorId });
    return tx.prompt.findUniqueOrThrow({ where: { id }, select: savedFields });
  });
}

/** Saves an edit as a new version; sessions that used an older one keep it. */
export async function updateCohortPrompt(
  db: Db,
  slug: string,
  editorId: string,
  input: CustomPromptInput,
): Promise<SavedPrompt> {
  const current = await db.prompt.findFirst({
    where: { slug, isCurrent: true, ...visibleTo(editorId) },
    select: { cohortId: true },
  });
  if (!current) throw new NotFoundError("No such prompt");
  const cohortId = current.cohortId;
  if (!cohortId) throw new ForbiddenError("Built-in prompts are edited in the prompt bank, not here");
  await requireEditor(db, cohortId, editorId);
  const rubricId = await currentRubricId(db, input.rubric);
  return db.$transaction(async (tx) => {
    const { id } = await upsertPromptVersion(tx, { ...input, slug }, rubricId, {
      cohortId,
      authorId: editorId,
    });
    return tx.prompt.findUniqueOrThrow({ where: { id }, select: savedFields });
  });
}

export function listRubricTemplates(db: Db): Promise<{ slug: string; title: string }[]> {
  return db.rubricTemplate.findMany({
    where: { isCurrent: true },
    orderBy: { title: "asc" },
    select: { slug: true, title: true },
  });
}
