"use client";

import type { ConnectionStatus } from "@mockboard/board";
import { useRouter } from "next/navigation";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { RoomNotesProvider } from "@/ui/RoomNotes";
import { SessionClockProvider } from "@/ui/SessionClock";
import { sessionClock } from "@/ui/session-clock";
import { awayText, type BoardPresence, BoardPresenceContext } from "../live/board-presence";
import { BoardStatusContext } from "../live/board-status";
import { roomConnection } from "../live/connection-state";
import { nextStepFor } from "../live/next-step";
import { PhaseTimer } from "../live/PhaseTimer";
import type { RoomStateDto } from "../live/room-state";
import { useOnline } from "../live/use-online";
import { useRoomNotices } from "../live/use-room-notices";
import { useRoomState } from "../live/use-room-state";
import { ConnectionIndicator } from "./ConnectionIndicator";
import { PanelTabs, type RoomPanel } from "./PanelTabs";
import { SessionControls } from "./SessionControls";

export type { RoomPanel } from "./PanelTabs";

const ROLE_LABEL = { interviewer: "interviewer", candidate: "candidate", observer: "observer" } as const;

export interface RoomWorkspaceProps {
  title: string;
  initialState: RoomStateDto;
  board: ReactNode;
  invite: ReactNode | null;
  /** Beside the other person's name, e.g. the interviewer's "Remove" for the candidate. */
  participantAction: ReactNode | null;
  /** Video and audio, docked above the panels so it never covers the board. */
  video: ReactNode | null;
  panels: RoomPanel[];
}

/**
 * The interview room: header with people, timer and session controls; the next step of
 * this person; the board; and a side panel whose tabs depend on what the interview rules
 * let this person see. After the end the scorecard, self-assessment or feedback takes the
 * main stage and the (read-only) board folds into a panel that can be opened.
 */
export function RoomWorkspace(props: RoomWorkspaceProps) {
  const router = useRouter();
  const { state, clockOffsetMs, feed, refresh } = useRoomState(props.initialState);
  const { notices, dismiss } = useRoomNotices(state);
  const ended = state.status === "COMPLETED";
  const stagePanels = ended ? props.panels.filter((panel) => panel.stage) : [];
  const sidePanels = props.panels.filter((panel) => !stagePanels.includes(panel));
  const [sideTab, setSideTab] = useState(sidePanels[0]?.id);
  const [stageTab, setStageTab] = useState(stagePanels[0]?.id);
  const [boardOpen, setBoardOpen] = useState(false);
  // Phones only (CSS): which sheet covers the board, if any.
  const [sheet, setSheet] = useState<"panels" | "video" | null>(null);
  const step = nextStepFor(state);
  // The connection is one quiet indicator, apart from the interview's stage: the network, the
  // live feed and the board (which reports its socket from inside the board).
  const online = useOnline();
  const [board, setBoard] = useState<{ status: ConnectionStatus; detail?: string } | null>(null);
  const reportBoard = useCallback(
    (status: ConnectionStatus, detail?: string) => setBoard({ status, detail }),
    [],
  );
  const connection = roomConnection(online, feed, board?.status ?? null);
  const [presence, setPresence] = useState<BoardPresence | null>(null);
  // The one session clock: the timer, notes and evidence all read it.
  const clock = useMemo(
    () => sessionClock({ startedAt: state.startedAt, endedAt: state.endedAt }, clockOffsetMs),
    [state.startedAt, state.endedAt, clockOffsetMs],
  );

  // A new panel on the stage (the feedback, once released) is what this person came for: show it.
  const stageIds = stagePanels.map((panel) => panel.id).join(",");
  useEffect(() => {
    setStageTab(stageIds.split(",")[0] || undefined);
  }, [stageIds]);

  // Status, people, release, revealed parts and the surface decide what the server renders
  // (board role, panels, the brief, board or code): re-render it.
  const shape = `${state.status}|${state.candidate?.id ?? ""}|${state.feedbackReleased}|${state.selfAssessmentSubmitted}|${state.stagesRevealed}|${state.surface}`;
  const previous = useRef(shape);
  useEffect(() => {
    if (previous.current === shape) return;
    previous.current = shape;
    router.refresh();
  }, [router, shape]);

  // Leaving a live interview by accident (reload, closing the tab, a "g" shortcut) asks first.
  useEffect(() => {
    if (state.status !== "LIVE") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    document.documentElement.dataset.leaveWarning = "The interview is live. Leave the room?";
    return () => {
      window.removeEventListener("beforeunload", warn);
      delete document.documentElement.dataset.leaveWarning;
    };
  }, [state.status]);

  const other =
    state.role === "candidate"
      ? `with ${state.interviewer.name ?? "the interviewer"}`
      : state.candidate
        ? `with ${state.candidate.name ?? "the candidate"}`
        : "no candidate yet";
  // Greyed, with since when, while the other person is not on the board.
  const away = awayText(presence, state.role === "candidate" ? state.interviewer.id : state.candidate?.id);

  return (
    <SessionClockProvider clock={clock}>
      <RoomNotesProvider>
        <BoardStatusContext.Provider value={reportBoard}>
          <BoardPresenceContext.Provider value={setPresence}>
            <div className="workspace room">
              <header className="workspace-head">
                <div className="workspace-title">
                  <a
                    className="small"
                    href="/sessions"
                    onClick={(event) => {
                      const warning = document.documentElement.dataset.leaveWarning;
                      if (warning && !window.confirm(warning)) event.preventDefault();
                    }}
                  >
                    ← Sessions
                  </a>
                  <h1>{props.title}</h1>
                  <span className="small muted">
                    You are the <strong>{ROLE_LABEL[state.role]}</strong> ·{" "}
                    <span
                      className={away ? "header-peer header-peer-away" : "header-peer"}
                      data-testid="header-peer"
                      data-away={away ? "true" : undefined}
                      title={away ?? undefined}
                    >
                      {other}
                      {away ? ` (${away})` : null}
                    </span>
                  </span>
                </div>
                {/* The phase clock matters while the interview is ahead or under way, not after it. */}
                {state.status === "SCHEDULED" || state.status === "LIVE" ? (
                  <PhaseTimer state={state} onChanged={refresh} />
                ) : null}
                {/* Beside the stage, never in its words; never cut off with a long title. */}
                <ConnectionIndicator
                  connection={connection}
                  feed={feed}
                  board={board?.status ?? null}
                  detail={board?.detail}
                />
                <SessionControls state={state} onChanged={refresh} />
                {/* After the timer and the session's controls: a rare action is a late keyboard stop. */}
                {state.candidate && props.participantAction ? (
                  <div className="workspace-participant">{props.participantAction}</div>
                ) : null}
              </header>
              <div className="workspace-body">
                <div className={stagePanels.length ? "workspace-board workspace-stage" : "workspace-board"}>
                  {step ? (
                    <p className={`next-step next-step-${step.tone}`} role="status" data-testid="next-step">
                      <strong>{step.tone === "do" ? "Next: " : step.tone === "done" ? "Done: " : ""}</strong>
                      {step.text}
                    </p>
                  ) : null}
                  {props.invite && !state.candidate ? props.invite : null}
                  {stagePanels.length ? (
                    <>
                      <section className={boardOpen ? "board-fold open" : "board-fold"} aria-label="Board">
                        <div className="board-fold-bar">
                          <span className="small">
                            <strong>Board</strong>{" "}
                            <span className="muted">· read-only since the interview ended</span>
                          </span>
                          <button
                            type="button"
                            className="btn btn-small"
                            aria-expanded={boardOpen}
                            onClick={() => setBoardOpen((open) => !open)}
                          >
                            {boardOpen ? "Hide the board" : "Show the board"}
                          </button>
                        </div>
                        {boardOpen ? <div className="board-fold-body">{props.board}</div> : null}
                      </section>
                      <PanelTabs
                        panels={stagePanels}
                        selected={stageTab}
                        onSelect={setStageTab}
                        label="After the interview"
                        className="stage-tabs"
                      />
                    </>
                  ) : (
                    props.board
                  )}
                </div>
                <aside
                  className={sheet ? `workspace-side sheet-open sheet-${sheet}` : "workspace-side"}
                  aria-label="Session panels"
                >
                  {/* On a phone the side is a sheet over the board: its tabs open it, this bar closes it. */}
                  <div className="sheet-bar">
                    {props.video ? (
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-pressed={sheet === "video"}
                        onClick={() => setSheet(sheet === "video" ? null : "video")}
                      >
                        Video
                      </button>
                    ) : null}
                    {sheet ? (
                      <button
                        type="button"
                        className="btn btn-small btn-quiet"
                        onClick={() => setSheet(null)}
                      >
                        Back to the board
                      </button>
                    ) : null}
                  </div>
                  {props.video ? <div className="video-slot">{props.video}</div> : null}
                  <PanelTabs
                    panels={sidePanels}
                    selected={sideTab}
                    onSelect={(id) => {
                      setSideTab(id);
                      setSheet("panels");
                    }}
                    label="Panels"
                    className="side-tabs-area"
                  />
                </aside>
              </div>
              {notices.length ? (
                <ul className="room-notices" aria-label="Notices">
                  {notices.map((notice) => (
                    <li key={notice.id} className="room-notice">
                      <span>{notice.text}</span>
                      <button
                        type="button"
                        className="btn btn-small btn-quiet"
                        aria-label="Dismiss notice"
                        onClick={() => dismiss(notice.id)}
                      >
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
              {/* Announced once, politely; the visible list above is for reading. */}
              <div className="sr-only" role="status" aria-live="polite">
                {notices.at(-1)?.text ?? ""}
              </div>
            </div>
          </BoardPresenceContext.Provider>
        </BoardStatusContext.Provider>
      </RoomNotesProvider>
    </SessionClockProvider>
  );
}
