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
  const member = await db.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId: memberId } },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  if (!member) throw new NotFoundError("That person is not in the cohort");

  const [released, counts, upcoming, coverage, titles] = await Promise.all([
    db.interviewSession.findMany({
      where: {
        cohortId,
        candidateId: memberId,
        status: "COMPLETED",
        scorecards: { some: { releasedAt: { not: null } } },
      },
      orderBy: [{ endedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        endedAt: true,
        prompt: { select: { rubricTemplate: { select: { slug: true } } } },
        scorecards: {
          where: { releasedAt: { not: null } },
          take: 1,
          select: {
            scores: { where: { level: { not: null } }, select: { dimensionKey: true, level: true } },
          },
        },
        selfAssessments: {
          where: { candidateId: memberId, submittedAt: { not: null } },
          select: { levels: true },
        },
      },
    }),
    Promise.all([
      db.interviewSession.count({ where: { cohortId, candidateId: memberId, status: "COMPLETED" } }),
      db.interviewSession.count({ where: { cohortId, interviewerId: memberId, status: "COMPLETED" } }),
    ]),
    db.interviewSession.findMany({
      where: {
        cohortId,
        status: { in: ["SCHEDULED", "LIVE"] },
        OR: [{ interviewerId: memberId }, { candidateId: memberId }],
      },
      orderBy: [{ scheduledAt: "asc" }, { createdAt: "asc" }],
      take: 5,
      select: {
        id: true,
        title: true,
        scheduledAt: true,
        createdAt: true,
        interviewerId: true,
        interviewer: { select: { name: true } },
        candidate: { select: { name: true } },
      },
    }),
    db.$queryRaw<{ kind: PromptKind; roundType: string; sessions: bigint }[]>`
      select p."kind", p."roundType", count(*) as sessions
      from "InterviewSession" s join "Prompt" p on p."id" = s."promptId"
      where s."cohortId" = ${cohortId} and s."candidateId" = ${memberId} and s."status" = 'COMPLETED'
      group by p."kind", p."roundType" order by sessions desc, p."kind", p."roundType"`,
    loadRubricTitles(db),
  ]);

  const series = new Map<string, DimensionSeries>();
  const levels: { dimension: string; level: number }[] = [];
  const selfPairs: { dimension: string; self: number | null; interviewer: number | null }[] = [];
  for (const session of released) {
    const rubric = session.prompt.rubricTemplate.slug;
    const self = Levels.parse(session.selfAssessments[0]?.levels ?? {});
    for (const score of session.scorecards[0]?.scores ?? []) {
      const dimension = qualifiedDimension(rubric, score.dimensionKey);
      const level = score.level as number;
      const entry = series.get(dimension) ?? {
        dimension,
        title: dimensionLabel(titles, dimension).title,
        points: [],
      };
      entry.points.push({ sessionId: session.id, at: session.endedAt ?? new Date(0), level });
      series.set(dimension, entry);
      levels.push({ dimension, level });
      if (session.selfAssessments.length > 0) {
        selfPairs.push({ dimension, self: self[score.dimensionKey] ?? null, interviewer: level });
      }
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
  const [options, focus, records, cohortUse] = await Promise.all([
    loadPromptOptions(db, cohortId),
    loadCohortFocus(db, cohortId),
    loadPracticeRecords(db, [memberId]),
    loadCohortPromptUse(db, cohortId),
  ]);
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
    member: { id: member.user.id, name: member.user.name, role: member.role },
    families: [...families.values()].sort((a, b) => a.title.localeCompare(b.title)),
    done: { asCandidate: counts[0], asInterviewer: counts[1] },
    upcoming: upcoming.map((session) => {
      const role = session.interviewerId === memberId ? ("interviewer" as const) : ("candidate" as const);
      return {
        sessionId: session.id,
        title: session.title,
        at: session.scheduledAt ?? session.createdAt,
        role,
        partner: role === "interviewer" ? (session.candidate?.name ?? null) : session.interviewer.name,
      };
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
