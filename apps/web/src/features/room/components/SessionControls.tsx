"use client";

import { useState } from "react";
import { sendJson } from "../live/post-json";
import type { RoomStateDto } from "../live/room-state";

/** Start, end or cancel the interview: the interviewer's buttons; a status badge for everyone else. */
export function SessionControls(props: { state: RoomStateDto; onChanged: () => Promise<void> }) {
  const { state } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(action: "start" | "end" | "cancel") {
    if (action === "end" && !window.confirm("End the interview? The board becomes read-only for everyone."))
      return;
    if (action === "cancel" && !window.confirm("Cancel this session? It cannot be restarted.")) return;
    setBusy(true);
    setError(null);
    try {
      await sendJson(`/api/sessions/${state.sessionId}/lifecycle`, { action });
      await props.onChanged();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const badge = {
    SCHEDULED: <span className="badge badge-scheduled">Scheduled</span>,
    LIVE: <span className="badge badge-live">Live</span>,
    COMPLETED: <span className="badge">Ended</span>,
    CANCELLED: <span className="badge badge-warn">Cancelled</span>,
  }[state.status];

  return (
    <div className="workspace-actions">
      {badge}
      {state.can.manageSession && state.status === "SCHEDULED" ? (
        <>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => act("start")}>
            Start interview
          </button>
          <button type="button" className="btn btn-quiet" disabled={busy} onClick={() => act("cancel")}>
            Cancel session
          </button>
        </>
      ) : null}
      {state.can.manageSession && state.status === "LIVE" ? (
        <button type="button" className="btn" disabled={busy} onClick={() => act("end")}>
          End interview
        </button>
      ) : null}
      {error ? (
        <span className="small alert-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
