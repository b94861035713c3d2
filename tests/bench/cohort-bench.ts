// Cohort pages at scale (#22): a cohort of --members people with --sessions scored sessions
// behind them. Prints the p50/p95 data time of the progress, schedule and calibration tabs
// (the same db calls the pages make, in the same Promise.all), the SQL statements each sends,
// and how long generating (and publishing) a rotation round for the whole cohort takes.
// Usage: tsx tests/bench/cohort-bench.ts [--members 200] [--sessions 5000] [--runs 40]
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  createCohort,
  createDb,
  generateRoundDraft,
  getCalendarFeedStatus,
  getCohortCalibration,
  getCohortOverview,
  getCohortProgress,
  getMemberProgress,
  getRotation,
  listCohortMembers,
  listCohortSchedule,
  publishRound,
  seedPromptBank,
} from "@mockboard/db";
import { migrateDatabase } from "@mockboard/db/migrate";
import { freePort } from "@mockboard/devkit/ports";
import { createDatabase, type PostgresHandle, startPostgres } from "@mockboard/devkit/postgres";
import { prompts, rubrics } from "@mockboard/prompt-bank";
import { boardDocIdForSession, livekitRoomForSession } from "@mockboard/protocol";
import pg from "pg";

const { values: args } = parseArgs({
  options: {
    members: { type: "string", default: "200" },
    sessions: { type: "string", default: "5000" },
    calibrations: { type: "string", default: "60" },
    runs: { type: "string", default: "40" },
  },
});
const MEMBERS = Number(args.members);
const SESSIONS = Number(args.sessions);
const CALIBRATIONS = Number(args.calibrations);
const RUNS = Number(args.runs);

let handle: PostgresHandle | undefined;
let adminUrl = process.env.MOCKBOARD_TEST_PG_URL;
if (!adminUrl) {
  handle = await startPostgres({
    dataDir: mkdtempSync(join(tmpdir(), "mockboard-cohort-bench-")),
    port: await freePort(),
    persistent: false,
  });
  adminUrl = handle.adminUrl;
}
const name = `cohort_bench_${Date.now().toString(36)}`;
await createDatabase(adminUrl, name);
const url = adminUrl.replace(/\/postgres$/, `/${name}`);
await migrateDatabase(url);

// Every statement a page sends goes through this pool: counting at the driver counts what
// reaches Postgres (BEGIN/COMMIT included), whatever the ORM does above it.
let statements = 0;
const pool = new pg.Pool({ connectionString: url, max: 10 });
// Postgres stopping at the end ends idle connections: not an error worth a stack trace.
pool.on("error", () => undefined);
pool.on("connect", (client) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...rest: unknown[]) => {
    statements += 1;
    return query(...rest);
  };
});
const db = createDb(url);
const counted = createDb(url, { pool });

try {
  await seedPromptBank(db, { prompts, rubrics });
  const t0 = performance.now();
  const seeded = await seedCohortAtScale();
  console.log(
    `seeded ${MEMBERS} members, ${SESSIONS} scored sessions, ${CALIBRATIONS} calibrations in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const { cohortId, ownerId, memberId } = seeded;
  // Bulk inserts leave the planner without statistics until autovacuum gets round to it,
  // so it would plan for empty tables (nested loops over 27,000 scores); a live database has them.
  await db.$executeRawUnsafe("analyze");
  const now = new Date();
  const pages: Record<string, (viewer: string) => Promise<unknown>> = {
    "progress (owner, a member's detail)": (viewer) =>
      Promise.all([
        getCohortOverview(counted, cohortId, viewer),
        getMemberProgress(counted, cohortId, viewer, memberId),
        getCohortProgress(counted, cohortId, viewer),
      ]),
    "schedule (owner, week + upcoming + rotation)": (viewer) =>
      Promise.all([
        getCohortOverview(counted, cohortId, viewer),
        listCohortSchedule(counted, cohortId, viewer, {
          from: new Date(now.getTime() - 86_400_000),
          to: new Date(now.getTime() + 8 * 86_400_000),
        }),
        listCohortSchedule(counted, cohortId, viewer, {
          from: new Date(now.getTime() - 3 * 3_600_000),
          to: new Date(now.getTime() + 8 * 7 * 86_400_000),
        }),
        getRotation(counted, cohortId, viewer, 1),
        listCohortMembers(counted, cohortId, viewer),
        getCalendarFeedStatus(counted, viewer),
      ]),
    "calibration (owner, agreement + leniency)": (viewer) =>
      Promise.all([
        getCohortOverview(counted, cohortId, viewer),
        getCohortCalibration(counted, cohortId, viewer),
      ]),
  };
  console.log(
    `\n${RUNS} runs each after 3 warm-up runs, the first of them shown (data time: the page's db calls, not rendering)`,
  );
  console.log(`load average at the start: ${formatLoad()}`);
  console.log(
    "page                                          first ms   p50 ms   p95 ms   max ms   SQL statements",
  );
  for (const [page, load] of Object.entries(pages)) {
    // The first load fills the process's caches (calibration's bootstrap intervals): shown apart.
    const firstStart = performance.now();
    await load(ownerId);
    const first = performance.now() - firstStart;
    for (let i = 0; i < 2; i += 1) await load(ownerId);
    const times: number[] = [];
    let perPage = 0;
    for (let i = 0; i < RUNS; i += 1) {
      statements = 0;
      const start = performance.now();
      await load(ownerId);
      times.push(performance.now() - start);
      perPage = statements;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) =>
      (times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? 0).toFixed(1);
    console.log(
      `${page.padEnd(45)} ${first.toFixed(1).padStart(8)}   ${at(0.5).padStart(6)}   ${at(0.95).padStart(6)}   ${at(1).padStart(6)}   ${String(perPage).padStart(6)}`,
    );
  }
  console.log(`load average after the pages: ${formatLoad()}`);
  const day = 86_400_000;
  const generation: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    await generateRoundDraft(db, cohortId, ownerId, {
      firstSlotAt: new Date(now.getTime() + (10 + i * 7) * day),
      secondSlotAt: new Date(now.getTime() + (11 + i * 7) * day),
      unavailable: [],
    });
    generation.push(performance.now() - start);
  }
  const { draft } = await getRotation(db, cohortId, ownerId, 1);
  const publishStart = performance.now();
  const published = draft ? await publishRound(db, draft.id, ownerId) : { sessions: 0 };
  const publishMs = performance.now() - publishStart;
  console.log(
    `\nrotation for ${MEMBERS} members over ${SESSIONS} past sessions: generate a draft ${generation.map((ms) => ms.toFixed(0)).join(", ")} ms (3 runs, each replacing the draft); publish ${published.sessions} sessions ${publishMs.toFixed(0)} ms`,
  );
} finally {
  await counted.$disconnect();
  await db.$disconnect();
  await pool.end().catch(() => undefined);
  await handle?.stop();
}

/** The 1/5/15-minute load averages: figures from a shared machine mean little without them. */
function formatLoad(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ");
}

/**
 * The cohort through the domain (createCohort), its members, sessions, scorecards,
 * self-assessments and calibrations in bulk inserts: 5,000 sessions through the domain
 * functions would take most of an hour and measure nothing the bench is about.
 */
async function seedCohortAtScale() {
  const users = Array.from({ length: MEMBERS }, (_, index) => ({
    id: randomUUID(),
    name: `Member ${String(index).padStart(3, "0")}`,
    email: `bench-${index}-${randomUUID()}@example.test`,
  }));
  await db.user.createMany({ data: users });
  const [owner, ...rest] = users as [(typeof users)[number], ...typeof users];
  const { id: cohortId } = await createCohort(db, owner.id, {
    name: "Bench cohort",
    description: "",
    timeZone: "Europe/Berlin",
    kinds: [],
    rounds: [],
  });
  await db.cohortMember.createMany({
    data: rest.map((user, index) => ({ cohortId, userId: user.id, role: index < 4 ? "COACH" : "MEMBER" })),
  });
  const bank = await db.prompt.findMany({
    where: { isCurrent: true, cohortId: null },
    select: { id: true, title: true, phases: true, rubricTemplate: { select: { definition: true } } },
  });
  const keysOf = (definition: unknown) =>
    ((definition as { dimensions: { key: string }[] }).dimensions ?? []).map((dimension) => dimension.key);
  const level = (seed: number) => 1 + (seed % 4);
  const day = 86_400_000;
  const start = Date.now() - 180 * day;
  const sessions = [];
  const scorecards = [];
  const scores = [];
  const selfAssessments = [];
  for (let index = 0; index < SESSIONS; index += 1) {
    const interviewer = users[index % MEMBERS] as (typeof users)[number];
    const candidate = users[
      (index * 7 + 1 + Math.floor(index / MEMBERS)) % MEMBERS
    ] as (typeof users)[number];
    const other =
      candidate.id === interviewer.id ? (users[(index + 1) % MEMBERS] as typeof candidate) : candidate;
    const prompt = bank[index % bank.length] as (typeof bank)[number];
    const id = randomUUID();
    const at = new Date(start + (index / SESSIONS) * 175 * day);
    sessions.push({
      id,
      title: prompt.title,
      promptId: prompt.id,
      interviewerId: interviewer.id,
      candidateId: other.id,
      createdById: interviewer.id,
      cohortId,
      status: "COMPLETED" as const,
      scheduledAt: at,
      startedAt: at,
      endedAt: new Date(at.getTime() + 45 * 60_000),
      phasePlan: prompt.phases as object,
      livekitRoom: livekitRoomForSession(id),
      boardDocId: boardDocIdForSession(id),
    });
    const scorecardId = randomUUID();
    scorecards.push({
      id: scorecardId,
      sessionId: id,
      interviewerId: interviewer.id,
      recommendation: "YES" as const,
      submittedAt: at,
      releasedAt: index % 10 === 0 ? null : at,
    });
    const keys = keysOf(prompt.rubricTemplate.definition);
    for (const [k, key] of keys.entries()) {
      scores.push({
        scorecardId,
        dimensionKey: key,
        level: level(index + k * 3 + (index % 7)),
        evidence: [],
      });
    }
    if (index % 2 === 0) {
      selfAssessments.push({
        sessionId: id,
        candidateId: other.id,
        levels: Object.fromEntries(keys.map((key, k) => [key, level(index + k)])),
        submittedAt: at,
      });
    }
  }
  for (let i = 0; i < sessions.length; i += 1000) {
    await db.interviewSession.createMany({ data: sessions.slice(i, i + 1000) });
    await db.scorecard.createMany({ data: scorecards.slice(i, i + 1000) });
  }
  for (let i = 0; i < scores.length; i += 5000)
    await db.score.createMany({ data: scores.slice(i, i + 5000) });
  for (let i = 0; i < selfAssessments.length; i += 1000) {
    await db.selfAssessment.createMany({ data: selfAssessments.slice(i, i + 1000) });
  }
  // Calibrations of the latest sessions, three raters each, all submitted.
  const raters = users.slice(0, 12);
  for (let c = 0; c < CALIBRATIONS; c += 1) {
    const session = sessions[sessions.length - 1 - c] as (typeof sessions)[number];
    const chosen = [0, 1, 2].map((r) => raters[(c + r * 5) % raters.length] as (typeof users)[number]);
    const eligible = chosen.filter((rater) => rater.id !== session.candidateId);
    const prompt = bank.find((entry) => entry.id === session.promptId) as (typeof bank)[number];
    const { id } = await db.calibration.create({
      data: {
        cohortId,
        sessionId: session.id,
        requestedById: owner.id,
        raters: { create: eligible.map((rater) => ({ raterId: rater.id, submittedAt: new Date() })) },
      },
      select: { id: true },
    });
    await db.calibrationScore.createMany({
      data: eligible.flatMap((rater, r) =>
        keysOf(prompt.rubricTemplate.definition).map((key, k) => ({
          calibrationId: id,
          raterId: rater.id,
          dimensionKey: key,
          level: level(c + k + (r === 2 ? 1 : 0)),
          evidence: [],
        })),
      ),
    });
  }
  return { cohortId, ownerId: owner.id, memberId: (rest[10] as (typeof users)[number]).id };
}
