"use client";

import { formatClock, timerStateAt } from "@mockboard/interview";
import { useState } from "react";
import { useSessionClock } from "@/ui/SessionClock";
import { sendJson } from "./post-json";
import type { RoomStateDto } from "./room-state";
import { useActionError } from "./use-action-error";
import { useServerNow } from "./use-now";

/** The shared phase timer: the same numbers in every tab, controls for the interviewer. */
export function PhaseTimer(props: { state: RoomStateDto; onChanged: () => Promise<void> }) {
  const { state } = props;
  const minutes = state.phases.map((phase) => phase.minutes);
  const liveish = state.status === "LIVE";
  const now = useServerNow(useSessionClock(), liveish);
  const timer = timerStateAt(minutes, state.timerEvents, now);
  const phase = state.phases[timer.phaseIndex];
  const [busy, setBusy] = useState(false);
  const { message: error, setFailure } = useActionError("the timer did not change");
  const controls = state.can.timer === "control";

  async function act(body: unknown) {
    setBusy(true);
    setFailure(null);
    try {
      await sendJson(`/api/sessions/${state.sessionId}/timer`, body);
      await props.onChanged();
    } catch (failure) {
      setFailure(failure);
    } finally {
      setBusy(false);
    }
  }

  const label =
    timer.status === "not-started"
      ? "Not started"
      : timer.status === "ended"
        ? "Ended"
        : timer.status === "paused"
          ? "Paused"
          : timer.overtime
            ? "Overtime"
            : "Running";

  return (
    <section
      className={`timer timer-${timer.status}${timer.overtime ? " timer-over" : ""}`}
      aria-label="Phase timer"
    >
      <div className="timer-main">
        <span className="timer-phase">
          {phase ? (
            <>
              <span className="muted small">
                Phase {timer.phaseIndex + 1}/{state.phases.length}
              </span>{" "}
              {phase.title}
            </>
          ) : null}
        </span>
        <output className="timer-clock" aria-live="off" title={label}>
          {formatClock(timer.phaseRemainingMs)}
        </output>
        {timer.status === "running" || timer.status === "paused" ? (
          <span className={`badge ${timer.overtime ? "badge-warn" : "badge-scheduled"}`} role="status">
            {label}
          </span>
        ) : null}
        {controls ? (
          <div className="timer-controls">
            {timer.status === "running" ? (
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => act({ action: "pause" })}
              >
                Pause
              </button>
            ) : (
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => act({ action: "resume" })}
              >
                Resume
              </button>
            )}
            <button
              type="button"
              className="btn btn-small btn-quiet"
              disabled={busy || timer.phaseIndex === 0}
              onClick={() => act({ action: "previous-phase" })}
              title="Back to the previous phase, where it was left"
            >
              Previous phase
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={busy || timer.phaseIndex >= state.phases.length - 1}
              onClick={() => act({ action: "next-phase" })}
            >
              Next phase
            </button>
            <button
              type="button"
              className="btn btn-small btn-quiet"
              disabled={busy}
              onClick={() => act({ action: "add-time", seconds: 60 })}
            >
              +1 min
            </button>
            <button
              type="button"
              className="btn btn-small btn-quiet"
              disabled={busy}
              onClick={() => act({ action: "add-time", seconds: 300 })}
            >
              +5 min
            </button>
          </div>
        ) : null}
      </div>
      <ol className="timer-phases" aria-label="Phases">
        {state.phases.map((item, index) => (
          <li
            key={item.key}
            className={index < timer.phaseIndex ? "done" : index === timer.phaseIndex ? "current" : undefined}
            style={{ flexGrow: item.minutes }}
            title={`${item.title} · ${item.minutes} min`}
          >
            {index === timer.phaseIndex && timer.status !== "not-started" ? (
              <span
                className="timer-fill"
                style={{
                  width: `${Math.min(100, (timer.phaseElapsedMs / Math.max(1, timer.phaseBudgetMs)) * 100)}%`,
                }}
              />
            ) : null}
            <span className="sr-only">
              {item.title}, {item.minutes} minutes
            </span>
          </li>
        ))}
      </ol>
      {error ? (
        <p className="alert alert-error small" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
