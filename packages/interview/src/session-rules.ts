import { type GuideAccessFacts, mayReadPromptGuide } from "./guide-access";
import type { SessionRole } from "./session-enums";
import { SESSION_STAGES, type SessionStage } from "./session-stage";

/** Everything someone may see or do in a session, each asked of `decide`. */
export type SessionAction =
  | "read-brief"
  /** The interviewer guide: key points, follow-ups, signals, red flags, what to look for per phase. */
  | "read-guide"
  | "edit-board"
  | "view-board"
  /** Type in the code pad (it shares the board's document, so the board token's role enforces it too). */
  | "edit-code"
  /** Run the pad's code (in one's own browser; both participants see the output). */
  | "run-code"
  /** Choose what the room shows: the board, the code pad or both. */
  | "switch-surface"
  | "control-timer"
  | "view-timer"
  | "write-notes"
  /** The notes the interviewer shared with observers. */
  | "read-shared-notes"
  /** Write (and read) one's own scorecard. */
  | "write-scorecard"
  | "submit-scorecard"
  | "release-feedback"
  /** The interviewer's scores, evidence and summary. */
  | "read-scores"
  /** Whether the scorecard was submitted (not its content). */
  | "see-scorecard-status"
  | "write-self-assessment"
  /** The candidate's own self-assessment, read-only once feedback is released. */
  | "read-own-self-assessment"
  | "read-self-assessment"
  /** The feedback view: the submitted scores (when `read-scores` allows) beside the self-assessment. */
  | "read-feedback"
  /** Timeline entries about scoring, notes and the invite. */
  | "read-staff-timeline"
  | "start-session"
  | "end-session"
  | "cancel-session"
  | "manage-invite"
  | "remove-candidate"
  /** Show the candidate the prompt's next staged part. */
  | "reveal-stage"
  | "publish-video"
  /** Be in the call at all: publishers, and observers who only watch and listen. */
  | "join-video"
  | "watch-replay"
  /** Let a member of the session's cohort watch the replay, and revoke that. */
  | "share-replay"
  /** Schedule the same two people again with the seats reversed ("Swap roles"). */
  | "swap-roles";

type Participant = Exclude<SessionRole, "none">;
type Stages = readonly SessionStage[];

const ALWAYS: Stages = SESSION_STAGES;
const NEVER: Stages = [];
const OPEN: Stages = ["scheduled", "live"];
const HAPPENED: Stages = ["live", "ended", "released"];
const OVER: Stages = ["ended", "released"];
const NOT_CANCELLED: Stages = ["scheduled", "live", "ended", "released"];

/**
 * The one rule for who may see and do what in a session: for each action, the stages in
 * which each role may. A role with no stage may never (403); a role outside its stages may
 * later or earlier (409). A new action or role is a row here and a row in
 * session-rules.test.ts; pages and the database ask, they never compare roles themselves.
 */
const SESSION_RULES: Record<SessionAction, Record<Participant, Stages>> = {
  "read-brief": { interviewer: ALWAYS, candidate: ALWAYS, observer: ALWAYS, guest: OVER },
  // The guide holds the answers: the candidate reads it only with released feedback, and
  // only where the prompt's own guide policy agrees (PROMPT_GUIDE_ACTIONS).
  "read-guide": { interviewer: ALWAYS, candidate: ["released"], observer: ALWAYS, guest: NEVER },
  "edit-board": { interviewer: OPEN, candidate: OPEN, observer: NEVER, guest: NEVER },
  "view-board": { interviewer: ALWAYS, candidate: ALWAYS, observer: NOT_CANCELLED, guest: OVER },
  "edit-code": { interviewer: OPEN, candidate: OPEN, observer: NEVER, guest: NEVER },
  "run-code": { interviewer: OPEN, candidate: OPEN, observer: NEVER, guest: NEVER },
  "switch-surface": { interviewer: OPEN, candidate: NEVER, observer: NEVER, guest: NEVER },
  "control-timer": { interviewer: ["live"], candidate: NEVER, observer: NEVER, guest: NEVER },
  "view-timer": {
    interviewer: NOT_CANCELLED,
    candidate: NOT_CANCELLED,
    observer: NOT_CANCELLED,
    guest: NEVER,
  },
  "write-notes": { interviewer: HAPPENED, candidate: NEVER, observer: NEVER, guest: NEVER },
  "read-shared-notes": { interviewer: NEVER, candidate: NEVER, observer: HAPPENED, guest: NEVER },
  "write-scorecard": { interviewer: HAPPENED, candidate: NEVER, observer: NEVER, guest: NEVER },
  "submit-scorecard": { interviewer: OVER, candidate: NEVER, observer: NEVER, guest: NEVER },
  "release-feedback": { interviewer: OVER, candidate: NEVER, observer: NEVER, guest: NEVER },
  "read-scores": { interviewer: HAPPENED, candidate: ["released"], observer: OVER, guest: NEVER },
  "see-scorecard-status": { interviewer: ALWAYS, candidate: NEVER, observer: ALWAYS, guest: NEVER },
  // Locked at release: written after reading the scores, it could only copy them.
  "write-self-assessment": { interviewer: NEVER, candidate: ["ended"], observer: NEVER, guest: NEVER },
  "read-own-self-assessment": { interviewer: NEVER, candidate: OVER, observer: NEVER, guest: NEVER },
  "read-self-assessment": { interviewer: OVER, candidate: NEVER, observer: NEVER, guest: NEVER },
  "read-feedback": { interviewer: HAPPENED, candidate: OVER, observer: OVER, guest: NEVER },
  "read-staff-timeline": { interviewer: ALWAYS, candidate: NEVER, observer: ALWAYS, guest: NEVER },
  "start-session": { interviewer: ["scheduled"], candidate: NEVER, observer: NEVER, guest: NEVER },
  "end-session": { interviewer: ["live"], candidate: NEVER, observer: NEVER, guest: NEVER },
  "cancel-session": { interviewer: ["scheduled"], candidate: NEVER, observer: NEVER, guest: NEVER },
  "manage-invite": { interviewer: OPEN, candidate: NEVER, observer: NEVER, guest: NEVER },
  "remove-candidate": { interviewer: OPEN, candidate: NEVER, observer: NEVER, guest: NEVER },
  "reveal-stage": { interviewer: ["live"], candidate: NEVER, observer: NEVER, guest: NEVER },
  "publish-video": { interviewer: OPEN, candidate: OPEN, observer: NEVER, guest: NEVER },
  "join-video": { interviewer: OPEN, candidate: OPEN, observer: ["live"], guest: NEVER },
  // A guest (a cohort member a participant shared the replay with) watches the board and
  // reads what the candidate read before release: the brief and the public timeline.
  "watch-replay": { interviewer: OVER, candidate: OVER, observer: OVER, guest: OVER },
  "share-replay": { interviewer: OVER, candidate: OVER, observer: NEVER, guest: NEVER },
  "swap-roles": { interviewer: OVER, candidate: OVER, observer: OVER, guest: NEVER },
};

/** Actions that show a prompt's guide: the prompt's own policy must allow them too. */
const PROMPT_GUIDE_ACTIONS: ReadonlySet<SessionAction> = new Set(["read-guide"]);

export const SESSION_ACTIONS = Object.keys(SESSION_RULES) as SessionAction[];

/** Who is asking, in which session. */
export interface SessionViewer {
  role: SessionRole;
  stage: SessionStage;
  /** What the prompt's own guide policy knows about this viewer (see guide-access.ts). */
  promptGuide: GuideAccessFacts;
}

/**
 * "allowed", or why not: `role` (this role never may: 403), `stage` (not at this stage:
 * 409 for a change, 403 for a read) or `prompt-guide` (the prompt's guide policy keeps its
 * guide from this person, whatever their part in the session).
 */
export type Decision = "allowed" | "role" | "stage" | "prompt-guide";

export function decide(viewer: SessionViewer, action: SessionAction): Decision {
  if (viewer.role === "none") return "role";
  const stages = SESSION_RULES[action][viewer.role];
  if (stages.length === 0) return "role";
  if (!stages.includes(viewer.stage)) return "stage";
  if (PROMPT_GUIDE_ACTIONS.has(action) && !mayReadPromptGuide(viewer.promptGuide)) return "prompt-guide";
  return "allowed";
}

export function may(viewer: SessionViewer, action: SessionAction): boolean {
  return decide(viewer, action) === "allowed";
}
