"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { SessionClockProvider } from "@/ui/SessionClock";
import { sessionClock } from "@/ui/session-clock";
import { PhaseTimer } from "../live/PhaseTimer";
import type { RoomStateDto } from "../live/room-state";
import { useRoomState } from "../live/use-room-state";
import { SessionControls } from "./SessionControls";

const ROLE_LABEL = { interviewer: "interviewer", candidate: "candidate", observer: "observer" } as const;

/** A side panel the page decided this person may see, already rendered. */
export interface RoomPanel {
  id: string;
  label: string;
  content: ReactNode;
}

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
 * The interview room: header with people, timer and session controls; the board; and a
 * side panel whose tabs depend on what the interview rules let this person see.
 */
export function RoomWorkspace(props: RoomWorkspaceProps) {
  const router = useRouter();
  const { state, clockOffsetMs, feed, refresh } = useRoomState(props.initialState);
  const { panels } = props;
  const [tab, setTab] = useState(panels[0]?.id);
  const current = panels.find((panel) => panel.id === tab) ?? panels[0];
  const tabsId = useId();
  // The one session clock: the timer, notes and evidence all read it.
  const clock = useMemo(
    () => sessionClock({ startedAt: state.startedAt, endedAt: state.endedAt }, clockOffsetMs),
    [state.startedAt, state.endedAt, clockOffsetMs],
  );

  // Status, people, release and revealed parts decide what the server renders (board role,
  // panels, the brief): re-render it.
  const shape = `${state.status}|${state.candidate?.id ?? ""}|${state.feedbackReleased}|${state.selfAssessmentSubmitted}|${state.stagesRevealed}`;
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

  return (
    <SessionClockProvider clock={clock}>
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
              You are the <strong>{ROLE_LABEL[state.role]}</strong> · {other}
              {feed === "reconnecting" ? " · reconnecting…" : ""}
            </span>
            {state.candidate ? props.participantAction : null}
          </div>
          {state.status !== "CANCELLED" ? <PhaseTimer state={state} onChanged={refresh} /> : null}
          <SessionControls state={state} onChanged={refresh} />
        </header>
        <div className="workspace-body">
          <div className="workspace-board">
            {state.status === "SCHEDULED" && state.role === "candidate" ? (
              <p className="waiting" role="status">
                Waiting for {state.interviewer.name ?? "the interviewer"} to start the interview. You can warm
                up on the board meanwhile.
              </p>
            ) : null}
            {props.invite && !state.candidate ? props.invite : null}
            {props.board}
          </div>
          <aside className="workspace-side" aria-label="Session panels">
            {props.video ? <div className="video-slot">{props.video}</div> : null}
            <div
              className="side-tabs"
              role="tablist"
              aria-label="Panels"
              onKeyDown={(event) => {
                // Arrow keys move between tabs, as in any tab list.
                const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
                if (!step || !current) return;
                const index = panels.findIndex((panel) => panel.id === current.id);
                const next = panels[(index + step + panels.length) % panels.length];
                if (!next) return;
                setTab(next.id);
                document.getElementById(`${tabsId}-${next.id}`)?.focus();
              }}
            >
              {panels.map((panel) => (
                <button
                  key={panel.id}
                  type="button"
                  role="tab"
                  id={`${tabsId}-${panel.id}`}
                  aria-selected={current?.id === panel.id}
                  aria-controls={`${tabsId}-panel`}
                  tabIndex={current?.id === panel.id ? 0 : -1}
                  onClick={() => setTab(panel.id)}
                >
                  {panel.label}
                </button>
              ))}
            </div>
            <div
              className="side-panel"
              role="tabpanel"
              id={`${tabsId}-panel`}
              aria-labelledby={current ? `${tabsId}-${current.id}` : undefined}
            >
              {current?.content}
            </div>
          </aside>
        </div>
      </div>
    </SessionClockProvider>
  );
}
