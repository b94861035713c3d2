import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";

type Reader = Db | Prisma.TransactionClient;

const Definition = z.object({ dimensions: z.array(z.object({ key: z.string(), title: z.string() })) });

export interface RubricTitles {
  title: string;
  /** Dimension key -> title, in the rubric's order. */
  dimensions: Map<string, string>;
}

/**
 * Every rubric's title and dimension titles by slug (the newest version names them), so
 * progress reads "System design · Trade-offs" rather than keys. One query.
 */
export async function loadRubricTitles(db: Reader): Promise<Map<string, RubricTitles>> {
  const rows = await db.rubricTemplate.findMany({
    orderBy: [{ slug: "asc" }, { version: "asc" }],
    select: { slug: true, title: true, definition: true },
  });
  const titles = new Map<string, RubricTitles>();
  for (const row of rows) {
    const parsed = Definition.safeParse(row.definition);
    titles.set(row.slug, {
      title: row.title,
      dimensions: new Map(parsed.success ? parsed.data.dimensions.map((d) => [d.key, d.title]) : []),
    });
  }
  return titles;
}

/** "rubric/key" -> "Rubric title · Dimension title" parts. */
export function dimensionLabel(titles: Map<string, RubricTitles>, qualified: string) {
  const [rubric = "", key = ""] = qualified.split("/");
  const entry = titles.get(rubric);
  return { rubric, rubricTitle: entry?.title ?? rubric, key, title: entry?.dimensions.get(key) ?? key };
}
