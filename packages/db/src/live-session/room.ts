import { type Capabilities, surfaceOf, type VisibleStage, visibleStages } from "@mockboard/interview";
import { CandidateBrief, InterviewerGuide, type Phase, type PromptStage } from "@mockboard/prompt-bank";
import type { PromptKind, SessionStatus } from "@prisma/client";
import type { Db } from "../client";
import { type NoteView, noteSelect, notesWhere, toNoteView } from "../notes/notes";
import { PhasePlan, parseStages } from "../prompts/prompt-columns";
import { type FeedbackView, feedbackOf, readableCardOf, releasedSnapshot } from "../scorecards/feedback";
import { cardSelect, editedSinceRelease, type ScorecardView, scorecardOf } from "../scorecards/scorecards";
import { type SelfAssessmentView, selfDraftOf } from "../scorecards/self-assessments";
import { type ScoringRubric, sessionRubric } from "../scorecards/session-rubric";
import { allows, loadSessionAccess, type SessionAccess } from "./access";
import { surfaceChoicesOf } from "./code-pad";
import { type RoomState, roomStateOf } from "./room-state";
import { countRevealedStages } from "./stages";
import { type TimelineEntry, timelineOf } from "./timeline";
import { timerEventsOf } from "./timer";

type Person = { id: string; name: string | null };

/** The session and its prompt version as the room shows them, cut to the caller's rights. */
export interface RoomSession {
  id: string;
  title: string;
  status: SessionStatus;
  /** Only for whoever may manage the session (the interviewer while it is open). */
  inviteCode: string | null;
  inviteExpiresAt: Date | null;
  boardDocId: string;
  livekitRoom: string;
  /** The cohort the session belongs to: its owners and coaches may observe. */
  cohortId: string | null;
  /** Each phase's `lookFor` (what good looks like) only for someone who may read the guide. */
  phasePlan: Phase[];
  startedAt: Date | null;
  interviewer: Person;
  candidate: Person | null;
  prompt: {
    id: string;
    slug: string;
    title: string;
    kind: PromptKind;
    roundType: string;
    minutes: number;
    brief: CandidateBrief;
    /** Null unless the interview rules let the caller read the guide. */
    guide: InterviewerGuide | null;
    /** The staged parts the caller may see: the revealed ones, or all for a guide reader. */
    stages: VisibleStage<PromptStage>[];
  };
}

export interface ParticipantView {
  role: SessionAccess["role"];
  can: Capabilities;
  session: RoomSession;
}

/** Reads the session row, its prompt version and its two people: three statements. */
async function readRoomSession(db: Db, access: SessionAccess, stagesRevealed: number): Promise<RoomSession> {
  const { can } = access;
  const [session, prompt, people] = await Promise.all([
    db.interviewSession.findUniqueOrThrow({
      where: { id: access.sessionId },
      select: {
        id: true,
        title: true,
        status: true,
        inviteCode: true,
        inviteExpiresAt: true,
        boardDocId: true,
        livekitRoom: true,
        cohortId: true,
        phasePlan: true,
        startedAt: true,
      },
    }),
    db.prompt.findUniqueOrThrow({
      where: { id: access.promptId },
      // The guide is not even selected for someone who may not read it.
      select: {
        id: true,
        slug: true,
        title: true,
        kind: true,
        roundType: true,
        minutes: true,
        brief: true,
        stages: true,
        guide: can.guide,
      },
    }),
    readPeople(db, [access.interviewerId, access.candidateId]),
  ]);
  const { guide, brief, stages, ...promptFields } = prompt as typeof prompt & { guide?: unknown };
  const phasePlan = PhasePlan.parse(session.phasePlan);
  return {
    ...session,
    inviteCode: can.manageSession ? session.inviteCode : null,
    inviteExpiresAt: can.manageSession ? session.inviteExpiresAt : null,
    phasePlan: can.guide ? phasePlan : phasePlan.map(({ lookFor: _, ...phase }) => phase as Phase),
    interviewer: personOf(people, access.interviewerId) ?? { id: access.interviewerId, name: null },
    candidate: access.candidateId ? (personOf(people, access.candidateId) ?? null) : null,
    prompt: {
      ...promptFields,
      brief: CandidateBrief.parse(brief),
      guide: can.guide && guide ? InterviewerGuide.parse(guide) : null,
      stages: visibleStages(parseStages(stages), stagesRevealed, can),
    },
  };
}

function readPeople(db: Db, ids: (string | null)[]): Promise<Person[]> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  return db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
}

function personOf(people: Person[], id: string): Person | undefined {
  return people.find((person) => person.id === id);
}

/** The session as a participant sees it; NotFound for anyone with no part in it. */
export async function getSessionForParticipant(
  db: Db,
  sessionId: string,
  userId: string,
): Promise<ParticipantView> {
  const access = await loadSessionAccess(db, sessionId, userId);
  const session = await readRoomSession(db, access, await countRevealedStages(db, sessionId));
  return { role: access.role, can: access.can, session };
}

/** Everything the room page shows, each part already cut to the caller's rights. */
export interface RoomView extends ParticipantView {
  state: RoomState;
  timeline: TimelineEntry[];
  /** The session's rubric, when a panel the caller sees scores or tags by it. */
  rubric: ScoringRubric | null;
  notes: NoteView[] | null;
  scorecard: ScorecardView | null;
  selfAssessment: SelfAssessmentView | null;
  /** Once feedback is released, for whoever may read it. */
  feedback: FeedbackView | null;
}

/**
 * The room page's one loader: the caller's access once (one statement), then each part the
 * rules let them see, read in parallel, one statement per table where Prisma allows. The
 * API routes behind each panel keep their own checks; this only spares the page from
 * authorising and reading the session again for every panel.
 */
export async function loadRoom(db: Db, sessionId: string, userId: string): Promise<RoomView> {
  const access = await loadSessionAccess(db, sessionId, userId);
  const may = (action: Parameters<typeof allows>[1]) => allows(access, action);
  const readsNotes = may("write-notes") || may("read-shared-notes");
  const scores = may("write-scorecard") || may("read-scores") || may("see-scorecard-status");
  const ownSelfAssessment = may("read-own-self-assessment");
  const feedbackDue = access.feedbackReleased && may("read-feedback");
  const selfContent = ownSelfAssessment || may("read-feedback");
  const needsRubric = readsNotes || may("write-scorecard") || ownSelfAssessment || may("read-feedback");
  const [events, rubric, card, selfRows, notes] = await Promise.all([
    db.sessionEvent.findMany({
      where: { sessionId },
      orderBy: { at: "asc" },
      select: { id: true, at: true, kind: true, data: true, actorId: true },
    }),
    needsRubric ? sessionRubric(db, sessionId) : null,
    // A session has one scorecard (its interviewer's); the candidate reads none of it before release.
    scores ? db.scorecard.findFirst({ where: { sessionId }, select: cardSelect }) : null,
    db.selfAssessment.findMany({
      where: { sessionId },
      select: { candidateId: true, submittedAt: true, levels: selfContent, summary: selfContent },
    }),
    readsNotes
      ? db.note.findMany({
          where: notesWhere(access, userId),
          orderBy: [{ offsetMs: "asc" }, { id: "asc" }],
          select: noteSelect,
        })
      : null,
  ]);
  const stagesRevealed = events.filter((event) => event.kind === "STAGE_REVEALED").length;
  const submitted = card !== null && card.submittedAt !== null;
  // Feedback shows the card as released; only a card edited since its release needs its revision.
  const readsReleasedRevision = feedbackDue && submitted && may("read-scores") && editedSinceRelease(card);
  const [session, asReleased] = await Promise.all([
    readRoomSession(db, access, stagesRevealed),
    readsReleasedRevision ? releasedSnapshot(db, card) : null,
  ]);
  const actorIds = events.map((event) => event.actorId).filter((id): id is string => id !== null);
  const known = [session.interviewer, ...(session.candidate ? [session.candidate] : [])];
  const strangers = actorIds.filter((id) => !known.some((person) => person.id === id));
  const people = strangers.length ? [...known, ...(await readPeople(db, strangers))] : known;
  const ownSelf = selfRows.find((row) => row.candidateId === userId) ?? null;
  const submittedSelf = selfRows.find((row) => row.submittedAt !== null) ?? null;
  return {
    role: access.role,
    can: access.can,
    session,
    state: roomStateOf(access, {
      phasePlan: session.phasePlan,
      interviewer: session.interviewer,
      candidate: session.candidate,
      timerEvents: timerEventsOf(events),
      stagesRevealed,
      scorecardSubmitted: submitted,
      selfAssessmentSubmitted: submittedSelf !== null,
      surface: surfaceOf(surfaceChoicesOf(events), session.prompt.roundType),
    }),
    timeline: timelineOf(
      events.map(({ actorId, ...event }) => ({
        ...event,
        actorName: (actorId && personOf(people, actorId)?.name) ?? null,
      })),
      session.phasePlan,
      { startedAt: access.startedAt, staff: may("read-staff-timeline") },
    ),
    rubric,
    notes: notes?.map(toNoteView) ?? null,
    scorecard: may("write-scorecard") && rubric ? scorecardOf(rubric, card, notes ?? []) : null,
    selfAssessment:
      ownSelfAssessment && rubric
        ? {
            rubric,
            draft: selfDraftOf(ownSelf && { levels: ownSelf.levels ?? {}, summary: ownSelf.summary ?? "" }),
            submittedAt: ownSelf?.submittedAt?.toISOString() ?? null,
          }
        : null,
    feedback:
      feedbackDue && rubric
        ? feedbackOf(
            access,
            rubric,
            submitted ? readableCardOf(card, asReleased) : null,
            submittedSelf && { levels: submittedSelf.levels ?? {}, summary: submittedSelf.summary ?? "" },
          )
        : null,
  };
}
