import { z } from "zod";

/**
 * What everyone in the room may see of a phase: its title, length and the neutral
 * instruction. Parsing strips every other field (`lookFor`, what good looks like, is
 * interviewer-only and stays in the guide).
 */
export const PlannedPhase = z.object({
  key: z.string(),
  title: z.string(),
  minutes: z.number().int().positive(),
  instruction: z.string().optional(),
});
export type PlannedPhase = z.infer<typeof PlannedPhase>;

export function parsePhasePlan(json: unknown): PlannedPhase[] {
  return z.array(PlannedPhase).parse(json);
}
