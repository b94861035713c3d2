import type { GuideAccessFacts } from "./guide-access";
import type { SessionRole, SessionStatus } from "./session-enums";
import { may, type SessionAction, type SessionViewer } from "./session-rules";
import { stageOf } from "./session-stage";

export interface SessionFacts {
  status: SessionStatus;
  /** The interviewer released the scorecard to the candidate. */
  feedbackReleased: boolean;
  /** What the prompt's own guide policy knows about this viewer. */
  promptGuide: GuideAccessFacts;
}

/** The session rules' answers folded into what the room's panels and controls need. */
export interface Capabilities {
  board: "edit" | "view" | "none";
  /** The code pad: type in it, or only read it (it lives in the board's document). */
  code: "edit" | "view" | "none";
  /** Run the pad's code and its example tests. */
  runCode: boolean;
  /** Choose board, code or both for everyone in the room. */
  switchSurface: boolean;
  brief: boolean;
  /** The interviewer guide: key points, follow-ups, signals, red flags. */
  guide: boolean;
  notes: "write" | "read-shared" | "none";
  scorecard: "write" | "read" | "none";
  /** "locked": the candidate's own, read-only once feedback is released; "read": the candidate's, for the interviewer. */
  selfAssessment: "write" | "locked" | "read" | "none";
  timer: "control" | "view" | "none";
  /** Manage the invite and remove the candidate (the interviewer while the session is open). */
  manageSession: boolean;
  /** Show the candidate the prompt's next staged part (the next OOP level, a new requirement). */
  revealStage: boolean;
  start: boolean;
  end: boolean;
  cancel: boolean;
  video: "publish" | "subscribe" | "none";
  replay: boolean;
  /** Share the replay with a member of the session's cohort, and revoke that. */
  shareReplay: boolean;
  /** "Swap roles": schedule the same two again with the seats reversed. */
  swapRoles: boolean;
}

export function viewerOf(role: SessionRole, facts: SessionFacts): SessionViewer {
  return { role, stage: stageOf(facts.status, facts.feedbackReleased), promptGuide: facts.promptGuide };
}

/**
 * What this person may see and do in a session, from `decide` in session-rules.ts. Pages
 * choose their layout from it; the database asks the rules for each read and write.
 */
export function capabilitiesFor(role: SessionRole, facts: SessionFacts): Capabilities {
  const viewer = viewerOf(role, facts);
  const can = (action: SessionAction) => may(viewer, action);
  const first = <T extends string>(options: [SessionAction, T][], otherwise: T): T =>
    options.find(([action]) => can(action))?.[1] ?? otherwise;
  return {
    board: first(
      [
        ["edit-board", "edit"],
        ["view-board", "view"],
      ],
      "none",
    ),
    code: first(
      [
        ["edit-code", "edit"],
        ["view-board", "view"],
      ],
      "none",
    ),
    runCode: can("run-code"),
    switchSurface: can("switch-surface"),
    brief: can("read-brief"),
    guide: can("read-guide"),
    notes: first(
      [
        ["write-notes", "write"],
        ["read-shared-notes", "read-shared"],
      ],
      "none",
    ),
    scorecard: first(
      [
        ["write-scorecard", "write"],
        ["read-scores", "read"],
      ],
      "none",
    ),
    selfAssessment: first(
      [
        ["write-self-assessment", "write"],
        ["read-own-self-assessment", "locked"],
        ["read-self-assessment", "read"],
      ],
      "none",
    ),
    timer: first(
      [
        ["control-timer", "control"],
        ["view-timer", "view"],
      ],
      "none",
    ),
    manageSession: can("manage-invite"),
    revealStage: can("reveal-stage"),
    start: can("start-session"),
    end: can("end-session"),
    cancel: can("cancel-session"),
    video: first(
      [
        ["publish-video", "publish"],
        ["join-video", "subscribe"],
      ],
      "none",
    ),
    replay: can("watch-replay"),
    shareReplay: can("share-replay"),
    swapRoles: can("swap-roles"),
  };
}
