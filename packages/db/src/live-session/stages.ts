import { nextStageToReveal } from "@mockboard/interview";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../client";
import { ConflictError } from "../errors";
import { parseStages } from "../prompts/prompt-columns";
import { loadSessionAccess, requireAllowed } from "./access";
import { notifySessionChanged } from "./feed";
import { lockSession } from "./lock";

type Reader = Db | Prisma.TransactionClient;

/** Reveal this part: the key names the part the interviewer saw as next, so a stale click is refused. */
export const RevealStageInput = z.object({ stageKey: z.string().min(1).max(80) });
export type RevealStageInput = z.infer<typeof RevealStageInput>;

/** How many of the session prompt's staged parts the interviewer has revealed. */
export async function countRevealedStages(db: Reader, sessionId: string): Promise<number> {
  return db.sessionEvent.count({ where: { sessionId, kind: "STAGE_REVEALED" } });
}

/**
 * Shows the candidate the next staged part: the interviewer of a live session only, one part
 * at a time and in order. The reveal is a session event, so the timeline and the replay show
 * it, and the feed tells every open room to refetch.
 */
export async function revealStage(db: Db, sessionId: string, userId: string, input: RevealStageInput) {
  return db.$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const access = await loadSessionAccess(tx, sessionId, userId);
    requireAllowed(access, "reveal-stage", {
      role: "Only the interviewer reveals the next part",
      stage: "Parts are revealed only while the session is live",
    });
    const session = await tx.interviewSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { prompt: { select: { stages: true } } },
    });
    const stages = parseStages(session.prompt.stages);
    const index = await countRevealedStages(tx, sessionId);
    const next = nextStageToReveal(stages, index, access.can);
    if (!next) throw new ConflictError("Every part of this prompt is already revealed");
    if (next.key !== input.stageKey)
      throw new ConflictError(`The next part to reveal is "${next.title}", not ${input.stageKey}`);
    await tx.sessionEvent.create({
      data: {
        sessionId,
        kind: "STAGE_REVEALED",
        actorId: userId,
        data: { stageKey: next.key, index, title: next.title },
      },
    });
    await notifySessionChanged(tx, { sessionId, kind: "stages" });
    return { revealed: index + 1 };
  });
}
