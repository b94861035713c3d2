import type { SessionStatus } from "./session-enums";

/**
 * Where a session stands for the rules: its status, with a completed session split by
 * whether the interviewer released the feedback (the candidate's rights change then).
 */
export type SessionStage = "scheduled" | "live" | "ended" | "released" | "cancelled";

export const SESSION_STAGES: readonly SessionStage[] = [
  "scheduled",
  "live",
  "ended",
  "released",
  "cancelled",
];

export function stageOf(status: SessionStatus, feedbackReleased: boolean): SessionStage {
  switch (status) {
    case "SCHEDULED":
      return "scheduled";
    case "LIVE":
      return "live";
    case "COMPLETED":
      return feedbackReleased ? "released" : "ended";
    case "CANCELLED":
      return "cancelled";
  }
}
