import { type Capabilities, SessionStatus, Surface, TimerEvent } from "@mockboard/interview";
import { z } from "zod";

const Person = z.object({ id: z.string(), name: z.string().nullable() });

/** The room state as GET /api/sessions/:id/state returns it: the response is built from this. */
export const RoomStateDto = z.object({
  sessionId: z.string(),
  role: z.enum(["interviewer", "candidate", "observer"]),
  status: SessionStatus,
  can: z.custom<Capabilities>((value) => typeof value === "object" && value !== null),
  serverNow: z.number(),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  phases: z.array(
    z.object({ key: z.string(), title: z.string(), minutes: z.number(), instruction: z.string().optional() }),
  ),
  timerEvents: z.array(TimerEvent),
  interviewer: Person,
  candidate: Person.nullable(),
  feedbackReleased: z.boolean(),
  scorecardSubmitted: z.boolean().nullable(),
  selfAssessmentSubmitted: z.boolean(),
  stagesRevealed: z.number().int().min(0),
  surface: Surface,
});
export type RoomStateDto = z.infer<typeof RoomStateDto>;
