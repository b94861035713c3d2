import type { Prompt } from "./schema";

// How deep an interviewer guide must be to run the interview and score it (issue 23): why the
// question is asked, the answer, follow-ups with what a strong answer adds, signals and red
// flags, what each level should show, and for a stuck candidate a ladder of three hints.
// Behavioural guides have their own shape: key points are what a strong story shows, the
// follow-ups are probes, and a hint ladder is optional.

interface Minimums {
  keyPoints: number;
  referenceSteps: number;
  followUps: number;
  signals: number;
  redFlags: number;
  hintLadder: boolean;
}

const MINIMUMS: Record<"behavioural" | "technical", Minimums> = {
  technical: { keyPoints: 3, referenceSteps: 3, followUps: 4, signals: 3, redFlags: 3, hintLadder: true },
  behavioural: { keyPoints: 4, referenceSteps: 0, followUps: 4, signals: 3, redFlags: 3, hintLadder: false },
};

/** What a guide lacks against the minimums of its kind, one line each; empty when deep enough. */
export function guideShortfalls(prompt: Pick<Prompt, "kind" | "guide">): string[] {
  const { guide } = prompt;
  const minimums = MINIMUMS[prompt.kind === "BEHAVIORAL" ? "behavioural" : "technical"];
  const shortfalls: string[] = [];
  if (guide.whyAsked.length === 0) shortfalls.push("whyAsked is missing");
  const counted = ["keyPoints", "referenceSteps", "followUps", "signals", "redFlags"] as const;
  for (const field of counted)
    if (guide[field].length < minimums[field])
      shortfalls.push(`${field}: ${guide[field].length}, needs at least ${minimums[field]}`);
  if (!guide.levelExpectations) shortfalls.push("levelExpectations (mid, senior, staff) are missing");
  if (minimums.hintLadder && !guide.hintLadder) shortfalls.push("hintLadder (three hints) is missing");
  return shortfalls;
}
