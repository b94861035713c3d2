import type { SessionRole, SessionStatus } from "./session-enums";
import { isSessionOpen } from "./session-status";

export interface SessionFacts {
  status: SessionStatus;
  /** The interviewer released the scorecard to the candidate. */
  feedbackReleased: boolean;
}

export interface Capabilities {
  board: "edit" | "view" | "none";
  brief: boolean;
  /** The interviewer guide: key points, follow-ups, signals, red flags. */
  guide: boolean;
  notes: "write" | "read-shared" | "none";
  scorecard: "write" | "read" | "none";
  selfAssessment: "write" | "read" | "none";
  timer: "control" | "view" | "none";
  /** Start, end, cancel, manage the invite, remove the candidate. */
  manageSession: boolean;
  /** Show the candidate the prompt's next staged part (the next OOP level, a new requirement). */
  revealStage: boolean;
  video: "publish" | "subscribe" | "none";
  replay: boolean;
}

const nothing: Capabilities = {
  board: "none",
  brief: false,
  guide: false,
  notes: "none",
  scorecard: "none",
  selfAssessment: "none",
  timer: "none",
  manageSession: false,
  revealStage: false,
  video: "none",
  replay: false,
};

/**
 * The one rule for who may see and do what in a session. Every server read and write
 * asks this; pages only decide layout from it.
 */
export function capabilitiesFor(role: SessionRole, facts: SessionFacts): Capabilities {
  if (role === "none") return nothing;
  const open = isSessionOpen(facts.status);
  const happened = facts.status === "LIVE" || facts.status === "COMPLETED";
  const over = facts.status === "COMPLETED";
  const common = {
    brief: true,
    timer: facts.status === "CANCELLED" ? ("none" as const) : ("view" as const),
    replay: over,
  };
  switch (role) {
    case "interviewer":
      return {
        ...common,
        board: open ? "edit" : "view",
        guide: true,
        notes: happened ? "write" : "none",
        scorecard: happened ? "write" : "none",
        selfAssessment: over ? "read" : "none",
        timer: facts.status === "LIVE" ? "control" : common.timer,
        manageSession: open,
        revealStage: facts.status === "LIVE",
        video: open ? "publish" : "none",
      };
    case "candidate":
      return {
        ...common,
        board: open ? "edit" : "view",
        // The guide holds the answers: the candidate reads it only with released feedback.
        guide: over && facts.feedbackReleased,
        notes: "none",
        scorecard: over && facts.feedbackReleased ? "read" : "none",
        selfAssessment: over ? "write" : "none",
        manageSession: false,
        revealStage: false,
        video: open ? "publish" : "none",
      };
    case "observer":
      return {
        ...common,
        board: facts.status === "CANCELLED" ? "none" : "view",
        guide: true,
        notes: happened ? "read-shared" : "none",
        scorecard: over ? "read" : "none",
        selfAssessment: "none",
        manageSession: false,
        revealStage: false,
        video: facts.status === "LIVE" ? "subscribe" : "none",
      };
  }
}
