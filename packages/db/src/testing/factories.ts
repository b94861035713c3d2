// Test factories: each call makes fresh, unique rows, so tests never share (or depend on)
// the seeded demo accounts. Used by the db package's tests and the end-to-end tests.
import { randomBytes } from "node:crypto";
import { findRubric, type Prompt, prompts } from "@mockboard/prompt-bank";
import type { CohortRole, SessionStatus } from "@prisma/client";
import type { Db } from "../client";
import { acceptInvite } from "../invites/invites";
import { upsertPromptVersion, upsertRubric } from "../prompts/prompt-seed";
import { type CreatedSession, createSession } from "../sessions/sessions";
import { hashPassword } from "../users/passwords";

const unique = () => randomBytes(4).toString("hex");

export interface SeededUser {
  id: string;
  name: string;
  email: string;
  /** The plain password, so a test can sign in with it. */
  password: string;
}

export async function seedUser(
  db: Db,
  options: { name?: string; email?: string; password?: string } = {},
): Promise<SeededUser> {
  const suffix = unique();
  const name = options.name ?? `Test User ${suffix}`;
  const email = options.email ?? `user-${suffix}@example.test`;
  const password = options.password ?? `password-${suffix}`;
  const user = await db.user.create({
    data: { name, email, passwordHash: await hashPassword(password) },
    select: { id: true },
  });
  return { id: user.id, name, email, password };
}

export interface SeededCohort {
  id: string;
  name: string;
  inviteCode: string;
}

/** A cohort with members in the given roles (user ids). */
export async function seedCohort(
  db: Db,
  options: { name?: string; owners?: string[]; coaches?: string[]; members?: string[] } = {},
): Promise<SeededCohort> {
  const suffix = unique();
  const roles: [string, CohortRole][] = [
    ...(options.owners ?? []).map((userId) => [userId, "OWNER"] as [string, CohortRole]),
    ...(options.coaches ?? []).map((userId) => [userId, "COACH"] as [string, CohortRole]),
    ...(options.members ?? []).map((userId) => [userId, "MEMBER"] as [string, CohortRole]),
  ];
  return db.cohort.create({
    data: {
      name: options.name ?? `Test cohort ${suffix}`,
      inviteCode: `TEST-${suffix}`,
      members: { create: roles.map(([userId, role]) => ({ userId, role })) },
    },
    select: { id: true, name: true, inviteCode: true },
  });
}

export interface SeededPrompt {
  id: string;
  slug: string;
  title: string;
}

/**
 * A prompt version copied from the bank (the first built-in prompt unless `from` names
 * another) under a fresh slug and title; a cohort prompt when `cohortId` is given.
 */
export async function seedPrompt(
  db: Db,
  options: {
    from?: string;
    title?: string;
    cohortId?: string;
    authorId?: string;
    /** Staged parts the interviewer reveals in the room, instead of the bank prompt's own. */
    stages?: Prompt["stages"];
  } = {},
): Promise<SeededPrompt> {
  const base = options.from ? prompts.find((prompt) => prompt.slug === options.from) : prompts[0];
  if (!base) throw new Error(`no bank prompt ${options.from ?? "at all"}`);
  const rubric = findRubric(base.rubric);
  if (!rubric) throw new Error(`bank prompt ${base.slug} names unknown rubric ${base.rubric}`);
  const suffix = unique();
  const prompt: Prompt = {
    ...base,
    slug: `test-prompt-${suffix}`,
    title: options.title ?? `${base.title} ${suffix}`,
    stages: options.stages ?? base.stages,
  };
  const { id } = await db.$transaction(async (tx) => {
    const { id: rubricId } = await upsertRubric(tx, rubric);
    return upsertPromptVersion(tx, prompt, rubricId, {
      cohortId: options.cohortId,
      authorId: options.authorId,
    });
  });
  return { id, slug: prompt.slug, title: prompt.title };
}

/**
 * A session run by `interviewerId` (on a fresh prompt unless `promptId` is given), with the
 * candidate already joined through the invite when `candidateId` is given, in `status`.
 */
export async function seedSession(
  db: Db,
  options: {
    interviewerId: string;
    candidateId?: string;
    cohortId?: string;
    promptId?: string;
    status?: SessionStatus;
  },
): Promise<CreatedSession> {
  const promptId = options.promptId ?? (await seedPrompt(db)).id;
  const session = await createSession(db, {
    promptId,
    creatorId: options.interviewerId,
    cohortId: options.cohortId,
  });
  if (options.candidateId) await acceptInvite(db, session.inviteCode, options.candidateId);
  if (options.status && options.status !== "SCHEDULED") {
    const now = new Date();
    await db.interviewSession.update({
      where: { id: session.id },
      data: {
        status: options.status,
        startedAt: options.status === "CANCELLED" ? null : now,
        endedAt: options.status === "COMPLETED" ? now : null,
      },
    });
  }
  return session;
}
