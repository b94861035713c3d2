import { CatalogueSort, LengthBucket } from "@mockboard/db";
import { Difficulty, PromptKind, RoundType } from "@mockboard/prompt-bank";
import { z } from "zod";

const optional = <T extends string>(schema: z.ZodType<T>) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional());

/** Catalogue URL parameters; anything malformed is dropped rather than trusted. */
export const CatalogueParams = z.object({
  q: optional(z.string().trim().max(200)),
  kind: optional(PromptKind),
  roundType: optional(RoundType),
  company: optional(z.string().max(80)),
  difficulty: optional(Difficulty),
  tag: optional(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  length: optional(LengthBucket),
  /** Relevance is the default and stays out of the URL. */
  sort: optional(CatalogueSort.exclude(["relevance"])),
  page: z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    z.coerce.number().int().min(1).max(500).catch(1),
  ),
});
export type CatalogueParams = z.infer<typeof CatalogueParams>;

/** Parses search params, dropping each invalid field instead of failing the page. */
export function parseCatalogueParams(raw: Record<string, string | string[] | undefined>): CatalogueParams {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(CatalogueParams.shape) as (keyof typeof CatalogueParams.shape)[]) {
    const parsed = CatalogueParams.shape[key].safeParse(raw[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return { page: 1, ...result } as CatalogueParams;
}

export function catalogueHref(params: CatalogueParams, change: Partial<CatalogueParams>): string {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, page: undefined, ...change })) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) next.set(key, String(value));
  }
  const query = next.toString();
  return query ? `/prompts?${query}` : "/prompts";
}
