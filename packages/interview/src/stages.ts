import type { Capabilities } from "./capabilities";

/** One staged part of a prompt as someone in the session sees it. */
export interface VisibleStage<T> {
  stage: T;
  /** Shown to the candidate: the interviewer revealed it. */
  revealed: boolean;
}

/**
 * Which of a prompt's staged parts this person sees. The first `revealedCount` parts have been
 * revealed in the room, one after another; whoever reads the guide (the interviewer, an
 * observing coach, the candidate once feedback is released) also sees those still to come,
 * everyone else only the revealed ones.
 */
export function visibleStages<T>(
  stages: readonly T[],
  revealedCount: number,
  can: Pick<Capabilities, "guide">,
): VisibleStage<T>[] {
  return stages
    .map((stage, index) => ({ stage, revealed: index < revealedCount }))
    .filter((view) => view.revealed || can.guide);
}

/** Whether `stageKey` may be revealed now: the interviewer may, and it is the next part in order. */
export function nextStageToReveal<T extends { key: string }>(
  stages: readonly T[],
  revealedCount: number,
  can: Pick<Capabilities, "revealStage">,
): T | null {
  if (!can.revealStage) return null;
  return stages[revealedCount] ?? null;
}
