import type { Surface } from "./session-enums";

/**
 * Rounds written in code open on the code pad; the rest on the board. The interviewer can
 * switch at any time (`switch-surface`); the latest choice is the session's (`surfaceOf`).
 */
const CODE_FIRST_ROUNDS: ReadonlySet<string> = new Set([
  "coding",
  "oop-design",
  "ai-assisted-coding",
  "ml-coding",
  "llm-coding",
  "live-coding",
  "take-home-review",
]);

export function defaultSurface(roundType: string): Surface {
  return CODE_FIRST_ROUNDS.has(roundType) ? "code" : "board";
}

/** The surface the interviewer chose last (choices oldest first), else the round's default. */
export function surfaceOf(choices: readonly Surface[], roundType: string): Surface {
  return choices.at(-1) ?? defaultSurface(roundType);
}
