import { randomBytes } from "node:crypto";
import type { CustomPromptInput, Prompt, RubricTemplate } from "@mockboard/prompt-bank";
import type { CohortRole } from "@prisma/client";
import type { Db } from "./client";
import { ForbiddenError, NotFoundError } from "./errors";
import { upsertPromptVersion } from "./prompt-seed";

const EDITOR_ROLES: readonly CohortRole[] = ["OWNER", "COACH"];

export async function getCohortRole(db: Db, cohortId: string, userId: string): Promise<CohortRole | null> {
  const member = await db.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
    select: { role: true },
  });
  return member?.role ?? null;
}

/** Cohort prompts are visible to members only; built-in prompts to everyone signed in. */
function visibleTo(viewerId: string) {
  return { OR: [{ cohortId: null }, { cohort: { members: { some: { userId: viewerId } } } }] };
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
} as const;

async function findVersion(
  db: Db,
  slug: string,
  viewerId: string,
  version: number | undefined,
  withGuide: boolean,
) {
  return db.prompt.findFirst({
    where: { slug, ...(version ? { version } : { isCurrent: true }), ...visibleTo(viewerId) },
    select: { ...briefFields, guide: withGuide },
  });
}

/**
 * The candidate-facing prompt: the guide column is never selected, so it cannot leak
 * through a serializer or a forgotten field.
 */
export async function getPromptBrief(db: Db, slug: string, viewerId: string, version?: number) {
  const prompt = await findVersion(db, slug, viewerId, version, false);
  if (!prompt) throw new NotFoundError("No such prompt");
  const { guide: _never, ...brief } = prompt as typeof prompt & { guide?: unknown };
  return brief;
}

/** The full prompt with its interviewer guide, versions and whether the viewer may edit it. */
export async function getPromptWithGuide(db: Db, slug: string, viewerId: string, version?: number) {
  const prompt = await findVersion(db, slug, viewerId, version, true);
  if (!prompt) throw new NotFoundError("No such prompt");
  const [versions, role] = await Promise.all([
    db.prompt.findMany({
      where: { slug },
      orderBy: { version: "desc" },
      select: { version: true, createdAt: true, isCurrent: true, author: { select: { name: true } } },
    }),
    prompt.cohortId ? getCohortRole(db, prompt.cohortId, viewerId) : Promise.resolve(null),
  ]);
  return { ...prompt, versions, canEdit: role !== null && EDITOR_ROLES.includes(role) };
}
export type PromptWithGuide = Awaited<ReturnType<typeof getPromptWithGuide>>;
export type PromptBrief = Awaited<ReturnType<typeof getPromptBrief>>;

function slugify(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 56)
      .replace(/-+$/, "") || "prompt"
  );
}

async function requireEditor(db: Db, cohortId: string, userId: string) {
  const role = await getCohortRole(db, cohortId, userId);
  if (role === null) throw new NotFoundError("No such cohort");
  if (!EDITOR_ROLES.includes(role))
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

/** A cohort owner or coach writes a prompt for their cohort (version 1). */
export async function createCohortPrompt(
  db: Db,
  cohortId: string,
  authorId: string,
  input: CustomPromptInput,
) {
  await requireEditor(db, cohortId, authorId);
  const rubricId = await currentRubricId(db, input.rubric);
  const slug = `${slugify(input.title)}-${randomBytes(3).toString("hex")}`;
  const prompt: Prompt = { ...input, slug };
  return db.$transaction(async (tx) => {
    const { id } = await upsertPromptVersion(tx, prompt, rubricId, { cohortId, authorId });
    return tx.prompt.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true } });
  });
}

/** Saves an edit as a new version; sessions that used an older one keep it. */
export async function updateCohortPrompt(db: Db, slug: string, editorId: string, input: CustomPromptInput) {
  const current = await db.prompt.findFirst({
    where: { slug, isCurrent: true, ...visibleTo(editorId) },
    select: { cohortId: true },
  });
  if (!current) throw new NotFoundError("No such prompt");
  if (!current.cohortId) throw new ForbiddenError("Built-in prompts are edited in the prompt bank, not here");
  await requireEditor(db, current.cohortId, editorId);
  const rubricId = await currentRubricId(db, input.rubric);
  return db.$transaction(async (tx) => {
    const { id } = await upsertPromptVersion(tx, { ...input, slug }, rubricId, {
      cohortId: current.cohortId ?? undefined,
      authorId: editorId,
    });
    return tx.prompt.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true } });
  });
}

export function listRubricTemplates(db: Db) {
  return db.rubricTemplate.findMany({
    where: { isCurrent: true },
    orderBy: { title: "asc" },
    select: { slug: true, title: true },
  });
}

/** Cohorts where the user may write prompts. */
export function listEditableCohorts(db: Db, userId: string) {
  return db.cohort.findMany({
    where: { members: { some: { userId, role: { in: [...EDITOR_ROLES] } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export type RubricDefinition = RubricTemplate;
