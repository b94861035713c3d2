// Test factories: each call makes fresh, unique rows, so tests never share (or depend on)
// the seeded demo accounts. Used by the db package's tests and the end-to-end tests.
import { randomBytes } from "node:crypto";
import { findRubric, type Prompt, prompts } from "@mockboard/prompt-bank";
import type { CohortRole, PromptKind, SessionStatus } from "@prisma/client";
import type { Db } from "../client";
import { type CohortSettings, createCohort } from "../cohorts/cohort-settings";
import { changeMemberRole } from "../cohorts/members";
import { acceptInvite } from "../invites/invites";
import { acceptSessionInvite } from "../invites/session-invites";
import { cancelSession, endSession, startSession } from "../live-session/lifecycle";
import { saveNote } from "../notes/notes";
import { upsertPromptVersion, upsertRubric } from "../prompts/prompt-seed";
import type { ScorecardDraft } from "../scorecards/scorecard-input";
import { releaseFeedback, saveScorecard, submitScorecard } from "../scorecards/scorecards";
import { saveSelfAssessment } from "../scorecards/self-assessments";
import { sessionRubric } from "../scorecards/session-rubric";
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

/**
 * A cohort with members in the given roles (user ids), made the way people make one: the
 * first owner creates it (a fresh founder does when no owner is named), the others join
 * through its invite link, and the founder gives coaches and owners their roles.
 */
export async function seedCohort(
  db: Db,
  options: {
    name?: string;
    owners?: string[];
    coaches?: string[];
    members?: string[];
    timeZone?: string;
    kinds?: PromptKind[];
    rounds?: string[];
  } = {},
): Promise<SeededCohort> {
  const name = options.name ?? `Test cohort ${unique()}`;
  const [founder = (await seedUser(db, { name: "Cohort founder" })).id, ...owners] = options.owners ?? [];
  const { id } = await createCohort(db, founder, {
    name,
    timeZone: options.timeZone ?? "UTC",
    kinds: options.kinds ?? [],
    rounds: (options.rounds ?? []) as CohortSettings["rounds"],
  });
  const { inviteCode } = await db.cohort.findUniqueOrThrow({ where: { id }, select: { inviteCode: true } });
  if (!inviteCode) throw new Error("a new cohort always has an invite code");
  const roles: [string[], CohortRole][] = [
    [owners, "OWNER"],
    [options.coaches ?? [], "COACH"],
    [options.members ?? [], "MEMBER"],
  ];
  for (const [userIds, role] of roles) {
    for (const userId of userIds) {
      await acceptInvite(db, inviteCode, userId);
      if (role !== "MEMBER") await changeMemberRole(db, id, founder, userId, role);
    }
  }
  return { id, name, inviteCode };
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
 * candidate already joined through the invite when `candidateId` is given, brought to
 * `status` by its interviewer through the domain (start, end, cancel), so it holds the same
 * events and sent the same notifications as a session people ran.
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
  if (options.candidateId) await acceptSessionInvite(db, session.inviteCode, options.candidateId);
  const status = options.status ?? "SCHEDULED";
  if (status === "CANCELLED") await cancelSession(db, session.id, options.interviewerId);
  if (status === "LIVE" || status === "COMPLETED") await startSession(db, session.id, options.interviewerId);
  if (status === "COMPLETED") await endSession(db, session.id, options.interviewerId);
  return session;
}

/**
 * Runs a session through to the end the way its people would: the interviewer starts it,
 * takes `notes` while it is live, ends it, submits a scorecard (`levels` per dimension, 3
 * unless given; `summary`), the candidate submits a self-assessment when `selfLevels` is
 * given, and the feedback is released unless `release` is false.
 */
export async function playSession(
  db: Db,
  session: { id: string; interviewerId: string; candidateId: string },
  options: {
    levels?: (dimensionKey: string, index: number) => number | null;
    selfLevels?: (dimensionKey: string, index: number) => number | null;
    release?: boolean;
    summary?: string;
    notes?: string[];
  } = {},
): Promise<void> {
  await startSession(db, session.id, session.interviewerId);
  for (const [index, text] of (options.notes ?? []).entries()) {
    await saveNote(db, session.id, session.interviewerId, `factory-note-${index}-${session.id}`, { text });
  }
  await endSession(db, session.id, session.interviewerId);
  const { dimensions } = await sessionRubric(db, session.id);
  const levels = Object.fromEntries(
    dimensions.map(({ key }, index) => [key, options.levels ? options.levels(key, index) : 3]),
  ) as ScorecardDraft["levels"];
  await saveScorecard(db, session.id, session.interviewerId, {
    levels,
    evidence: {},
    recommendation: "YES",
    summary: options.summary ?? "Played by a test factory.",
  });
  await submitScorecard(db, session.id, session.interviewerId);
  if (options.selfLevels) {
    const own = options.selfLevels;
    await saveSelfAssessment(
      db,
      session.id,
      session.candidateId,
      {
        levels: Object.fromEntries(
          dimensions.map(({ key }, index) => [key, own(key, index)]),
        ) as ScorecardDraft["levels"],
        summary: "",
      },
      { submit: true },
    );
  }
  if (options.release !== false) await releaseFeedback(db, session.id, session.interviewerId);
}
