import { levelDistribution, qualifiedDimension, weakestDimensions } from "@mockboard/interview";
import type { Db } from "../client";
import { loadCohortAccess, requireCohortRight } from "../cohorts/cohort-access";
import { dimensionLabel, loadRubricTitles } from "./rubric-titles";

export interface CohortProgress {
  /** Sessions with released feedback: the only ones whose scores count. */
  releasedSessions: number;
  weakest: { dimension: string; title: string; rubricTitle: string; mean: number; scores: number }[];
  /** Per dimension, how many 1s, 2s, 3s and 4s were given, weakest dimension first. */
  distribution: {
    dimension: string;
    title: string;
    rubricTitle: string;
    counts: [number, number, number, number];
  }[];
  overall: [number, number, number, number];
  /** Every member, in joining order (the progress page's member picker lists them). */
  participation: { userId: string; name: string | null; asCandidate: number; asInterviewer: number }[];
}

/**
 * The cohort as a whole, for every member: weakest dimensions, how scores spread, who took
 * part how often. Released scorecards only. Aggregated in Postgres: a fixed handful of
 * queries however many sessions.
 */
export async function getCohortProgress(db: Db, cohortId: string, userId: string): Promise<CohortProgress> {
  const access = await loadCohortAccess(db, cohortId, userId);
  requireCohortRight(access.rights.view, "Only members see the cohort");
  const [levels, [released], participation, titles] = await Promise.all([
    db.$queryRaw<{ rubric: string; dimensionKey: string; level: number; scores: bigint }[]>`
      select rt."slug" as rubric, sc."dimensionKey", sc."level", count(*) as scores
      from "InterviewSession" s
      join "Scorecard" c on c."sessionId" = s."id" and c."releasedAt" is not null
      join "Score" sc on sc."scorecardId" = c."id" and sc."level" is not null
      join "Prompt" p on p."id" = s."promptId"
      join "RubricTemplate" rt on rt."id" = p."rubricTemplateId"
      where s."cohortId" = ${cohortId} and s."status" = 'COMPLETED'
      group by rt."slug", sc."dimensionKey", sc."level"`,
    db.$queryRaw<{ sessions: bigint }[]>`
      select count(*) as sessions from "InterviewSession" s
      where s."cohortId" = ${cohortId} and s."status" = 'COMPLETED'
        and exists (select 1 from "Scorecard" c where c."sessionId" = s."id" and c."releasedAt" is not null)`,
    // One pass over the cohort's sessions, each counted for both its people (an OR join per
    // member read every session 200 times over).
    db.$queryRaw<{ userId: string; name: string | null; asCandidate: bigint; asInterviewer: bigint }[]>`
      select m."userId", u."name",
        coalesce(t."asCandidate", 0) as "asCandidate", coalesce(t."asInterviewer", 0) as "asInterviewer"
      from "CohortMember" m
      join "User" u on u."id" = m."userId"
      left join (
        select side."userId",
          count(*) filter (where side."role" = 'candidate') as "asCandidate",
          count(*) filter (where side."role" = 'interviewer') as "asInterviewer"
        from "InterviewSession" s
        cross join lateral (values (s."candidateId", 'candidate'), (s."interviewerId", 'interviewer'))
          as side("userId", "role")
        where s."cohortId" = ${cohortId} and s."status" = 'COMPLETED'
        group by side."userId"
      ) t on t."userId" = m."userId"
      where m."cohortId" = ${cohortId}
      order by m."joinedAt", m."userId"`,
    loadRubricTitles(db),
  ]);
  // Each row is a count of one level on one dimension: expand to levels for the pure rules.
  const flat: { dimension: string; level: number }[] = [];
  const byDimension = new Map<string, number[]>();
  for (const row of levels) {
    const dimension = qualifiedDimension(row.rubric, row.dimensionKey);
    const given = new Array<number>(Number(row.scores)).fill(row.level);
    for (const level of given) flat.push({ dimension, level });
    byDimension.set(dimension, [...(byDimension.get(dimension) ?? []), ...given]);
  }
  const weakest = weakestDimensions(flat);
  return {
    releasedSessions: Number(released?.sessions ?? 0),
    weakest: weakest.slice(0, 5).map((entry) => ({ ...entry, ...labels(titles, entry.dimension) })),
    distribution: weakest.map((entry) => ({
      dimension: entry.dimension,
      ...labels(titles, entry.dimension),
      counts: levelDistribution(byDimension.get(entry.dimension) ?? []),
    })),
    overall: levelDistribution(flat.map((entry) => entry.level)),
    participation: participation.map((row) => ({
      userId: row.userId,
      name: row.name,
      asCandidate: Number(row.asCandidate),
      asInterviewer: Number(row.asInterviewer),
    })),
  };
}

function labels(titles: Awaited<ReturnType<typeof loadRubricTitles>>, dimension: string) {
  const { title, rubricTitle } = dimensionLabel(titles, dimension);
  return { title, rubricTitle };
}
