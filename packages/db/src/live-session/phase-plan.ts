import { z } from "zod";

/**
 * What everyone in the room may see of a phase: its title and length. Parsing strips
 * every other field (what good looks like is interviewer-only and stays in the guide).
 */
export const PlannedPhase = z.object({
  key: z.string(),
  title: z.string(),
  minutes: z.number().int().positive(),
});
export type PlannedPhase = z.infer<typeof PlannedPhase>;

export function parsePhasePlan(json: unknown): PlannedPhase[] {
  return z.array(PlannedPhase).parse(json);
}
