import "server-only";
import { loadRoom, SessionId } from "@mockboard/db";
import { nextStageToReveal } from "@mockboard/interview";
import { findPrepGuide } from "@mockboard/prompt-bank";
import { colorForUser } from "@mockboard/protocol";
import Link from "next/link";
import { z } from "zod";
import { displayName, requireUser } from "@/features/auth";
import { CodePadSurface, RoomSurfaces } from "@/features/codepad";
import { SwapRolesButton } from "@/features/cohorts";
import { InviteLink, RemoveCandidateButton } from "@/features/invites";
import { NotesPanel } from "@/features/notes";
import { InterviewerGuideView, PhasePlan, PromptBriefView, PromptStagesView } from "@/features/prompts";
import { FeedbackView, ScorecardPanel, SelfAssessmentPanel } from "@/features/scorecard";
import { VideoArea } from "@/features/video";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { orNotFound, paramsOrNotFound } from "@/server/page-guards";
// tldraw comes with the room's own scripts, never another page's (only the room renders
// this component). Imported directly rather than through next/dynamic: the browser then
// downloads and compiles it with the page's other scripts, off the main thread, and the
// board connects in the first hydration pass instead of after a lazy chunk resolves (about
// 100-200 ms sooner to a visible board on a 2-core machine; tests/bench/room-load-bench.ts).
// On the server it renders its loading state: the board connects in an effect.
import BoardCanvas from "./components/BoardCanvas";
import { BoardRoom } from "./components/BoardRoom";
import { RevealStageButton } from "./components/RevealStageButton";
import { type RoomPanel, RoomWorkspace } from "./components/RoomWorkspace";
import { SessionTimeline } from "./components/SessionTimeline";
import { boardRoleFor } from "./server/board-access";
import { mintBoardToken } from "./server/board-token-route";
import "./room-workspace.css";

const RoomParams = z.object({ id: SessionId });

/**
 * The session room. One loader (@mockboard/db's loadRoom) reads everything on the server,
 * each part only when the interview rules allow it (the guide, notes, scorecard), so
 * nothing interviewer-only reaches a browser that may not see it: not in the HTML, not in
 * the component props. The page only lays the parts out.
 */
export async function RoomPage({ params }: { params: unknown }) {
  const { id } = paramsOrNotFound(RoomParams, params);
  const user = await requireUser(`/sessions/${id}`);
  // One loader: the caller's access once, then each panel's part already cut to their rights.
  const { can, session, state, timeline, rubric, notes, scorecard, selfAssessment, feedback } =
    await orNotFound(loadRoom(db(), id, user.id));
  const boardRole = boardRoleFor(can);
  const me = boardRole
    ? { id: user.id, name: displayName(user), color: colorForUser(user.id), role: boardRole }
    : null;

  const dimensions = notes ? (rubric?.dimensions.map(({ key, title }) => ({ key, title })) ?? []) : [];
  const ended = state.status === "COMPLETED";

  // Staged parts: the server passed only those this person may see (see visibleStages).
  const stages = session.prompt.stages;
  const revealedStages = stages.filter((view) => view.revealed);
  const nextStage = nextStageToReveal(
    stages.map((view) => view.stage),
    state.stagesRevealed,
    can,
  );
  const brief: RoomPanel = {
    id: "brief",
    label: "Brief",
    content: (
      <section>
        <h2>{session.prompt.title}</h2>
        <PromptBriefView brief={session.prompt.brief} />
        <PromptStagesView stages={revealedStages} />
        {nextStage ? (
          <RevealStageButton sessionId={id} part={state.stagesRevealed + 2} stage={nextStage} />
        ) : null}
        <h3>Phases</h3>
        {/* What to look for in each phase is guide material: never in the brief. */}
        <PhasePlan phases={session.phasePlan.map(({ lookFor: _, ...phase }) => phase)} />
        {findPrepGuide(session.prompt.roundType) ? (
          <p className="small">
            <Link href={`/prep/${session.prompt.roundType}`} target="_blank">
              How to prepare for this round
            </Link>
          </p>
        ) : null}
      </section>
    ),
  };
  const guide: RoomPanel | null = session.prompt.guide
    ? {
        id: "guide",
        label: "Guide",
        content: (
          <section className="guide" aria-label="Interviewer guide">
            <h2>Phases and what to look for</h2>
            <PhasePlan phases={session.phasePlan} />
            {stages.some((view) => !view.revealed) ? (
              <>
                <h2>Parts still to reveal</h2>
                <PromptStagesView
                  stages={stages.filter((view) => !view.revealed)}
                  firstPart={revealedStages.length + 2}
                />
              </>
            ) : null}
            <InterviewerGuideView guide={session.prompt.guide} />
          </section>
        ),
      }
    : null;
  const notesPanel: RoomPanel | null = notes
    ? {
        id: "notes",
        label: can.notes === "write" ? "Notes" : "Shared notes",
        content: (
          <NotesPanel
            sessionId={id}
            userId={user.id}
            initialNotes={notes}
            dimensions={dimensions}
            observers={session.cohortId !== null}
            readOnly={can.notes !== "write"}
            replayLinks={can.replay}
          />
        ),
      }
    : null;
  const scorecardPanel: RoomPanel | null = scorecard
    ? {
        id: "scorecard",
        label: "Scorecard",
        stage: true,
        content: <ScorecardPanel sessionId={id} initial={scorecard} sessionEnded={ended} />,
      }
    : null;
  const selfPanel: RoomPanel | null = selfAssessment
    ? {
        id: "self",
        label: "Self-assessment",
        stage: true,
        content: (
          <SelfAssessmentPanel
            sessionId={id}
            initial={selfAssessment}
            locked={can.selfAssessment === "locked"}
          />
        ),
      }
    : null;
  const feedbackPanel: RoomPanel | null = feedback?.interviewer
    ? {
        id: "feedback",
        label: "Feedback",
        stage: true,
        content: (
          <FeedbackView
            feedback={feedback}
            viewer={state.role}
            replaySessionId={can.replay ? id : undefined}
          />
        ),
      }
    : null;

  const timelinePanel: RoomPanel = {
    id: "timeline",
    label: "Timeline",
    content: (
      <SessionTimeline
        entries={timeline}
        notes={(notes ?? []).map(({ id, offsetMs, text }) => ({ id, offsetMs, text }))}
      />
    ),
  };

  // The first tab is what this person most likely needs now.
  const ordered = ended
    ? [feedbackPanel, selfPanel, scorecardPanel, notesPanel, brief, guide, timelinePanel]
    : [brief, guide, notesPanel, scorecardPanel, timelinePanel];
  const panels = ordered.filter((panel): panel is RoomPanel => panel !== null);

  return (
    <RoomWorkspace
      title={session.title}
      initialState={state}
      board={
        me ? (
          <BoardRoom
            key={me.role}
            sessionId={session.id}
            docId={session.boardDocId}
            collabUrl={env().COLLAB_PUBLIC_URL}
            me={me}
            // Minted with the page: the board connects without first asking for a token.
            initialToken={await mintBoardToken(user, session.boardDocId, me.role)}
          >
            <RoomSurfaces
              sessionId={session.id}
              surface={state.surface}
              canSwitch={can.switchSurface}
              board={<BoardCanvas licenseKey={env().NEXT_PUBLIC_TLDRAW_LICENSE_KEY} me={me} />}
              code={
                <CodePadSurface
                  sessionId={session.id}
                  userId={user.id}
                  exercise={session.prompt.brief.code ?? null}
                  editable={can.code === "edit"}
                  canRun={can.runCode}
                  people={Object.fromEntries(
                    [state.interviewer, state.candidate].flatMap((person) =>
                      person ? [[person.id, person.name ?? "Someone"]] : [],
                    ),
                  )}
                />
              }
            />
          </BoardRoom>
        ) : (
          <div className="card empty">This session was cancelled; its board is closed.</div>
        )
      }
      invite={
        can.manageSession ? (
          <InviteLink
            endpoint={`/api/sessions/${id}/invite`}
            label="Invite the candidate"
            path={session.inviteCode ? `/join/${session.inviteCode}` : null}
            expiresAt={session.inviteExpiresAt?.toISOString() ?? null}
          />
        ) : null
      }
      participantAction={
        can.manageSession && session.candidate ? (
          <RemoveCandidateButton sessionId={id} candidateName={session.candidate.name ?? "the candidate"} />
        ) : can.replay ? (
          <>
            <Link className="btn btn-small btn-primary" href={`/sessions/${id}/replay`}>
              Watch the replay
            </Link>
            {can.swapRoles && session.candidate ? <SwapRolesButton sessionId={id} /> : null}
          </>
        ) : null
      }
      video={<VideoArea sessionId={session.id} access={can.video} status={state.status} />}
      panels={panels}
    />
  );
}
