import {
  levelDistribution,
  qualifiedDimension,
  type SelfAssessmentGap,
  selfAssessmentGaps,
  suggestPrompts,
  weakestDimensions,
} from "@mockboard/interview";
import type { CohortRole, PromptKind } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";
import { loadCohortAccess, requireCohortRight } from "../cohorts/cohort-access";
import { NotFoundError } from "../errors";
import {
  loadCohortFocus,
  loadCohortPromptUse,
  loadPracticeRecords,
  loadPromptOptions,
} from "../rotation/practice";
import { dimensionLabel, loadRubricTitles } from "./rubric-titles";

export interface DimensionSeries {
  /** `rubric/key`. */
  dimension: string;
  title: string;
  points: { sessionId: string; at: Date; level: number }[];
}

/** One rubric's dimensions over time: one chart. */
export interface RubricFamily {
  rubric: string;
  title: string;
  dimensions: DimensionSeries[];
}

export interface MemberProgress {
  member: { id: string; name: string | null; role: CohortRole };
  /** From released scorecards only, oldest session first. */
  families: RubricFamily[];
  done: { asCandidate: number; asInterviewer: number };
  upcoming: {
    sessionId: string;
    title: string;
    at: Date;
    role: "interviewer" | "candidate";
    partner: string | null;
  }[];
  coverage: { kind: PromptKind; roundType: string; sessions: number }[];
  selfAssessment: (SelfAssessmentGap & { title: string; rubricTitle: string })[];
  weakest: { dimension: string; title: string; rubricTitle: string; mean: number; scores: number }[];
  suggestions: { slug: string; title: string; dimension: string; dimensionTitle: string }[];
  /** Level counts 1-4 over all their released scores. */
  distribution: [number, number, number, number];
}

const Levels = z.record(z.string(), z.number().int().min(1).max(4).nullable()).catch({});

/**
 * One member's progress in the cohort. A member reads their own; owners and coaches read
 * everyone's. Only released scorecards count, so nothing the candidate may not see yet
 * (unreleased scores, the interviewer's notes) enters it.
 */
export async function getMemberProgress(
  db: Db,
  cohortId: string,
  viewerId: string,
  memberId: string,
): Promise<MemberProgress> {
  const access = await loadCohortAccess(db, cohortId, viewerId);
  requireCohortRight(
    viewerId === memberId || access.rights.readEveryonesProgress,
    "Members see their own progress and the cohort's",
  );
  const [[member], released, [counts], upcoming, coverage, titles, options, focus, records, cohortUse] =
    await Promise.all([
      db.$queryRaw<{ id: string; name: string | null; role: CohortRole }[]>`
        select u."id", u."name", m."role"::text as "role"
        from "CohortMember" m join "User" u on u."id" = m."userId"
        where m."cohortId" = ${cohortId} and m."userId" = ${memberId}`,
      // One row per released level: the session's first released scorecard, and the
      // candidate's submitted self-assessment beside it.
      db.$queryRaw<
        {
          sessionId: string;
          endedAt: Date | null;
          rubric: string;
          dimensionKey: string;
          level: number;
          self: unknown;
        }[]
      >`
        select s."id" as "sessionId", s."endedAt", rt."slug" as "rubric", sc."dimensionKey", sc."level",
          sa."levels" as "self"
        from "InterviewSession" s
        cross join lateral (
          select c."id" from "Scorecard" c
          where c."sessionId" = s."id" and c."releasedAt" is not null
          order by c."releasedAt", c."id" limit 1
        ) card
        join "Score" sc on sc."scorecardId" = card."id" and sc."level" is not null
        join "Prompt" p on p."id" = s."promptId"
        join "RubricTemplate" rt on rt."id" = p."rubricTemplateId"
        left join "SelfAssessment" sa on sa."sessionId" = s."id" and sa."candidateId" = ${memberId}
          and sa."submittedAt" is not null
        where s."cohortId" = ${cohortId} and s."candidateId" = ${memberId} and s."status" = 'COMPLETED'
        order by s."endedAt" asc, s."id" asc`,
      db.$queryRaw<{ asCandidate: bigint; asInterviewer: bigint }[]>`
        select count(*) filter (where s."candidateId" = ${memberId}) as "asCandidate",
          count(*) filter (where s."interviewerId" = ${memberId}) as "asInterviewer"
        from "InterviewSession" s
        where s."cohortId" = ${cohortId} and s."status" = 'COMPLETED'
          and (s."candidateId" = ${memberId} or s."interviewerId" = ${memberId})`,
      db.$queryRaw<
        {
          sessionId: string;
          title: string;
          at: Date;
          interviewerId: string;
          interviewer: string | null;
          candidate: string | null;
        }[]
      >`
        select s."id" as "sessionId", s."title", coalesce(s."scheduledAt", s."createdAt") as "at",
          s."interviewerId", i."name" as "interviewer", c."name" as "candidate"
        from "InterviewSession" s
        join "User" i on i."id" = s."interviewerId"
        left join "User" c on c."id" = s."candidateId"
        where s."cohortId" = ${cohortId} and s."status" in ('SCHEDULED', 'LIVE')
          and (s."interviewerId" = ${memberId} or s."candidateId" = ${memberId})
        order by s."scheduledAt" asc nulls last, s."createdAt" asc
        limit 5`,
      db.$queryRaw<{ kind: PromptKind; roundType: string; sessions: bigint }[]>`
        select p."kind", p."roundType", count(*) as sessions
        from "InterviewSession" s join "Prompt" p on p."id" = s."promptId"
        where s."cohortId" = ${cohortId} and s."candidateId" = ${memberId} and s."status" = 'COMPLETED'
        group by p."kind", p."roundType" order by sessions desc, p."kind", p."roundType"`,
      loadRubricTitles(db),
      loadPromptOptions(db, cohortId),
      loadCohortFocus(db, cohortId),
      loadPracticeRecords(db, [memberId]),
      loadCohortPromptUse(db, cohortId),
    ]);
  if (!member) throw new NotFoundError("That person is not in the cohort");

  const series = new Map<string, DimensionSeries>();
  const levels: { dimension: string; level: number }[] = [];
  const selfPairs: { dimension: string; self: number | null; interviewer: number | null }[] = [];
  for (const row of released) {
    const dimension = qualifiedDimension(row.rubric, row.dimensionKey);
    const entry = series.get(dimension) ?? {
      dimension,
      title: dimensionLabel(titles, dimension).title,
      points: [],
    };
    entry.points.push({ sessionId: row.sessionId, at: row.endedAt ?? new Date(0), level: row.level });
    series.set(dimension, entry);
    levels.push({ dimension, level: row.level });
    if (row.self !== null) {
      const self = Levels.parse(row.self);
      selfPairs.push({ dimension, self: self[row.dimensionKey] ?? null, interviewer: row.level });
    }
  }
  const families = new Map<string, RubricFamily>();
  for (const entry of series.values()) {
    const { rubric, rubricTitle } = dimensionLabel(titles, entry.dimension);
    const family = families.get(rubric) ?? { rubric, title: rubricTitle, dimensions: [] };
    family.dimensions.push(entry);
    families.set(rubric, family);
  }
  for (const family of families.values()) {
    const order = [...(titles.get(family.rubric)?.dimensions.keys() ?? [])];
    family.dimensions.sort(
      (a, b) =>
        order.indexOf(dimensionLabel(titles, a.dimension).key) -
        order.indexOf(dimensionLabel(titles, b.dimension).key),
    );
  }

  const weakest = weakestDimensions(levels);
  const record = records.get(memberId);
  const suggestions = record
    ? suggestPrompts({
        memberId,
        weakest: weakest.map((entry) => entry.dimension),
        options,
        focus,
        record,
        cohortUse,
      })
    : [];

  const label = (dimension: string) => dimensionLabel(titles, dimension);
  return {
    member,
    families: [...families.values()].sort((a, b) => a.title.localeCompare(b.title)),
    done: {
      asCandidate: Number(counts?.asCandidate ?? 0),
      asInterviewer: Number(counts?.asInterviewer ?? 0),
    },
    upcoming: upcoming.map(({ interviewerId, interviewer, candidate, ...session }) => {
      const role = interviewerId === memberId ? ("interviewer" as const) : ("candidate" as const);
      return { ...session, role, partner: role === "interviewer" ? candidate : interviewer };
    }),
    coverage: coverage.map((row) => ({
      kind: row.kind,
      roundType: row.roundType,
      sessions: Number(row.sessions),
    })),
    selfAssessment: selfAssessmentGaps(selfPairs).map((gap) => ({
      ...gap,
      title: label(gap.dimension).title,
      rubricTitle: label(gap.dimension).rubricTitle,
    })),
    weakest: weakest.slice(0, 5).map((entry) => ({
      ...entry,
      title: label(entry.dimension).title,
      rubricTitle: label(entry.dimension).rubricTitle,
    })),
    suggestions: suggestions.map(({ prompt, dimension }) => ({
      slug: prompt.slug,
      title: prompt.title,
      dimension,
      dimensionTitle: label(dimension).title,
    })),
    distribution: levelDistribution(levels.map((entry) => entry.level)),
  };
}
