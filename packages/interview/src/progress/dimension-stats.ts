/** A rubric dimension named across rubrics: `rubric-slug/dimension-key`. */
export const qualifiedDimension = (rubric: string, dimension: string) => `${rubric}/${dimension}`;

/** One released level on one dimension. */
export interface DimensionLevel {
  dimension: string;
  level: number;
}

export interface DimensionMean {
  dimension: string;
  mean: number;
  scores: number;
}

/** Mean level per dimension, weakest first (ties: the one scored more often first). */
export function weakestDimensions(levels: readonly DimensionLevel[]): DimensionMean[] {
  const totals = new Map<string, { sum: number; count: number }>();
  for (const { dimension, level } of levels) {
    const total = totals.get(dimension) ?? { sum: 0, count: 0 };
    totals.set(dimension, { sum: total.sum + level, count: total.count + 1 });
  }
  return [...totals]
    .map(([dimension, { sum, count }]) => ({ dimension, mean: sum / count, scores: count }))
    .sort((a, b) => a.mean - b.mean || b.scores - a.scores || a.dimension.localeCompare(b.dimension));
}

/** How many levels of 1, 2, 3 and 4 were given. */
export function levelDistribution(levels: readonly number[]): [number, number, number, number] {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const level of levels) if (level >= 1 && level <= 4) counts[(level - 1) as 0 | 1 | 2 | 3] += 1;
  return counts;
}

/** The candidate's own level beside the interviewer's for one dimension of one session. */
export interface SelfVersusInterviewer {
  dimension: string;
  self: number | null;
  interviewer: number | null;
}

export interface SelfAssessmentGap {
  dimension: string;
  /** Mean of (own level - interviewer's level): positive means they rate themselves higher. */
  meanGap: number;
  sessions: number;
  reading: "over-rates" | "under-rates" | "close";
}

/** Half a level on average either way is a habit worth telling someone about. */
export const SELF_ASSESSMENT_MARGIN = 0.5;

/** Per dimension, how a member's self-assessment compares with their interviewers' scores. */
export function selfAssessmentGaps(pairs: readonly SelfVersusInterviewer[]): SelfAssessmentGap[] {
  const gaps = new Map<string, number[]>();
  for (const { dimension, self, interviewer } of pairs) {
    if (self === null || interviewer === null) continue;
    gaps.set(dimension, [...(gaps.get(dimension) ?? []), self - interviewer]);
  }
  return [...gaps]
    .map(([dimension, list]) => {
      const meanGap = list.reduce((sum, gap) => sum + gap, 0) / list.length;
      const reading: SelfAssessmentGap["reading"] =
        meanGap >= SELF_ASSESSMENT_MARGIN
          ? "over-rates"
          : meanGap <= -SELF_ASSESSMENT_MARGIN
            ? "under-rates"
            : "close";
      return { dimension, meanGap, sessions: list.length, reading };
    })
    .sort((a, b) => Math.abs(b.meanGap) - Math.abs(a.meanGap) || a.dimension.localeCompare(b.dimension));
}
