import { Prisma } from "@prisma/client";
import type { Db } from "../client";
import { guideReadableSql } from "../prompts/guide-access";
import { visibleToSql } from "../prompts/visibility";
import {
  type CatalogueSort,
  DIFFICULTY_ORDER,
  type FacetCount,
  orderFacet,
  ROUND_ORDER,
} from "./catalogue-order";
import { LENGTH_BUCKETS, type LengthBucket } from "./length-buckets";

export { CatalogueSort, type FacetCount } from "./catalogue-order";

export interface CatalogueQuery {
  q?: string;
  kind?: string;
  roundType?: string;
  company?: string;
  difficulty?: string;
  tag?: string;
  length?: LengthBucket;
  /** Relevance (the default), shortest, newest or easiest first. */
  sort?: CatalogueSort;
  /** Cohort prompts are visible to members of that cohort only. */
  viewerId: string;
  page?: number;
  pageSize?: number;
}

export interface CatalogueItem {
  id: string;
  slug: string;
  title: string;
  kind: string;
  roundType: string;
  company: string | null;
  difficulty: string;
  minutes: number;
  tags: string[];
  signal: string | null;
  summary: string;
  cohortName: string | null;
  rank: number;
}

function whereClause(query: CatalogueQuery, tsQuery: Prisma.Sql | null) {
  const conditions: Prisma.Sql[] = [Prisma.sql`p."isCurrent"`, visibleToSql(query.viewerId)];
  // Guide words find a prompt only for someone who may read that guide.
  if (tsQuery)
    conditions.push(
      Prisma.sql`(p."searchVector" @@ ${tsQuery} or (p."guideSearchVector" @@ ${tsQuery} and ${guideReadableSql(query.viewerId)}))`,
    );
  if (query.kind) conditions.push(Prisma.sql`p."kind"::text = ${query.kind}`);
  if (query.roundType) conditions.push(Prisma.sql`p."roundType" = ${query.roundType}`);
  if (query.company) conditions.push(Prisma.sql`p."company" = ${query.company}`);
  if (query.difficulty) conditions.push(Prisma.sql`p."difficulty"::text = ${query.difficulty}`);
  if (query.tag) conditions.push(Prisma.sql`${query.tag} = any(p."tags")`);
  if (query.length) {
    const bucket = LENGTH_BUCKETS[query.length];
    conditions.push(Prisma.sql`p."minutes" between ${bucket.min} and ${bucket.max}`);
  }
  return Prisma.join(conditions, " and ");
}

/**
 * The ORDER BY of a sort. Ties always end on the title, so pages never overlap.
 * - relevance: with a query, best match first; without one, the viewer's cohort prompts, then
 *   a mix of rounds: each round's first prompt (medium difficulty before easy before hard,
 *   shorter first), in the bank's round order, then each round's second, and so on;
 * - shortest: fewest minutes first (best match next, with a query);
 * - newest: most recently added first: a prompt's first version counts, so a revised
 *   prompt keeps its place;
 * - difficulty: easy, medium, hard, shorter first within each.
 */
function orderClause(sort: CatalogueSort, hasQuery: boolean): Prisma.Sql {
  const difficulty = Prisma.sql`array_position(${[...DIFFICULTY_ORDER]}::text[], p."difficulty"::text)`;
  const byRank = hasQuery ? Prisma.sql`rank desc, ` : Prisma.empty;
  switch (sort) {
    case "shortest":
      return Prisma.sql`p."minutes" asc, ${byRank}p."title" asc`;
    case "newest":
      return Prisma.sql`(select min(v."createdAt") from "Prompt" v where v."slug" = p."slug") desc, p."title" asc`;
    case "difficulty":
      return Prisma.sql`${difficulty} asc, p."minutes" asc, ${byRank}p."title" asc`;
    default: {
      if (hasQuery) return Prisma.sql`rank desc, p."title" asc`;
      const representative = Prisma.sql`case p."difficulty" when 'MEDIUM' then 0 when 'EASY' then 1 else 2 end`;
      return Prisma.sql`(p."cohortId" is null) asc,
        row_number() over (partition by p."cohortId" is null, p."roundType" order by ${representative}, p."minutes", p."title") asc,
        array_position(${[...ROUND_ORDER]}::text[], p."roundType") asc nulls last, p."title" asc`;
    }
  }
}

/** Full-text search with filters in the chosen order (relevance by default), plus facet counts. */
export async function searchCatalogue(db: Db, query: CatalogueQuery) {
  const text = query.q?.trim();
  const tsQuery = text ? Prisma.sql`websearch_to_tsquery('english', ${text})` : null;
  const where = whereClause(query, tsQuery);
  const pageSize = Math.min(Math.max(query.pageSize ?? 24, 1), 100);
  const page = Math.max(query.page ?? 1, 1);
  // Cover density over the weighted vector (normalised by length and extent spread),
  // plus a boost when the title itself matches, so "mixture of experts" finds the MoE
  // prompt before one that merely mentions it.
  const titleVector = Prisma.sql`to_tsvector('english', p."title")`;
  // Guide words count towards relevance only for someone who may read the guide. The guide is
  // ranked on its own and added: ranked as one vector with the public text, a long guide
  // spreads the extents so far apart that a match in the brief counts for almost nothing.
  const guideRank = tsQuery
    ? Prisma.sql`case when ${guideReadableSql(query.viewerId)} then ts_rank_cd(p."guideSearchVector", ${tsQuery}, 5) else 0 end`
    : Prisma.empty;
  const rank = tsQuery
    ? Prisma.sql`(ts_rank_cd(p."searchVector", ${tsQuery}, 5) + ${guideRank} + 0.5 * (${titleVector} @@ ${tsQuery})::int + ts_rank(${titleVector}, ${tsQuery}))`
    : Prisma.sql`0::float8`;
  const order = orderClause(query.sort ?? "relevance", tsQuery !== null);

  const lengthBucketOf = Prisma.sql`case ${Prisma.join(
    Object.entries(LENGTH_BUCKETS).map(
      ([bucket, { min, max }]) => Prisma.sql`when "minutes" between ${min} and ${max} then ${bucket}`,
    ),
    " ",
  )} end`;
  const [items, totals, facets] = await Promise.all([
    db.$queryRaw<CatalogueItem[]>`
      select p."id", p."slug", p."title", p."kind"::text as "kind", p."roundType", p."company",
             p."difficulty"::text as "difficulty", p."minutes", p."tags", p."signal",
             coalesce(p."brief"->>'summary', '') as "summary", c."name" as "cohortName",
             ${rank} as "rank"
      from "Prompt" p left join "Cohort" c on c."id" = p."cohortId"
      where ${where}
      order by ${order}
      limit ${pageSize} offset ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: bigint }[]>`select count(*) as total from "Prompt" p where ${where}`,
    db.$queryRaw<{ facet: string; value: string; count: bigint }[]>`
      with hits as (select * from "Prompt" p where ${where})
      select 'kind' as facet, "kind"::text as value, count(*) as count from hits group by 2
      union all select 'roundType', "roundType", count(*) from hits group by 2
      union all select 'company', "company", count(*) from hits where "company" is not null group by 2
      union all select 'difficulty', "difficulty"::text, count(*) from hits group by 2
      union all select 'length', ${lengthBucketOf}, count(*) from hits group by 2
      union all (select 'tag', t, count(*) from hits, unnest("tags") t group by 2 order by 3 desc, 2 limit 30)`,
  ]);

  const grouped: Record<string, FacetCount[]> = {
    kind: [],
    roundType: [],
    company: [],
    difficulty: [],
    length: [],
    tag: [],
  };
  for (const row of facets) grouped[row.facet]?.push({ value: row.value, count: Number(row.count) });
  for (const [facet, list] of Object.entries(grouped)) grouped[facet] = orderFacet(facet, list);

  return {
    items: items.map((item) => ({ ...item, rank: Number(item.rank) })),
    total: Number(totals[0]?.total ?? 0),
    page,
    pageSize,
    facets: grouped,
  };
}
export type CatalogueResult = Awaited<ReturnType<typeof searchCatalogue>>;
