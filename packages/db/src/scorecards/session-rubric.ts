import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";

/** The parts of a rubric version that scoring needs; parsed once from its JSON column. */
export const ScoringRubric = z.object({
  slug: z.string(),
  title: z.string(),
  dimensions: z
    .array(
      z.object({
        key: z.string(),
        title: z.string(),
        description: z.string(),
        weight: z.number().positive(),
        levels: z.array(z.string()).length(4),
      }),
    )
    .min(1),
});
export type ScoringRubric = z.infer<typeof ScoringRubric>;

/** The rubric version of the prompt version the session was created with. */
export async function sessionRubric(
  db: Db | Prisma.TransactionClient,
  sessionId: string,
): Promise<ScoringRubric> {
  // One statement: the template whose prompt version the session was created with.
  const template = await db.rubricTemplate.findFirstOrThrow({
    where: { prompts: { some: { sessions: { some: { id: sessionId } } } } },
    select: { slug: true, title: true, definition: true },
  });
  const definition = template.definition as { dimensions?: unknown };
  return ScoringRubric.parse({
    slug: template.slug,
    title: template.title,
    dimensions: definition.dimensions,
  });
}
