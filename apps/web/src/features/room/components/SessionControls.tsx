"use client";

import { useState } from "react";
import { sendJson } from "../live/post-json";
import type { RoomStateDto } from "../live/room-state";
import { useActionError } from "../live/use-action-error";

/** Start, end or cancel the interview: the interviewer's buttons; a status badge for everyone else. */
export function SessionControls(props: { state: RoomStateDto; onChanged: () => Promise<void> }) {
  const { state } = props;
  const [busy, setBusy] = useState(false);
  const { message: error, setFailure } = useActionError("the session did not change");

  async function act(action: "start" | "end" | "cancel") {
    if (action === "end" && !window.confirm("End the interview? The board becomes read-only for everyone."))
      return;
    if (action === "cancel" && !window.confirm("Cancel this session? It cannot be restarted.")) return;
    setBusy(true);
    setFailure(null);
    try {
      await sendJson(`/api/sessions/${state.sessionId}/lifecycle`, { action });
      await props.onChanged();
    } catch (failure) {
      setFailure(failure);
    } finally {
      setBusy(false);
    }
  }

  // The interview's stage, and only that: the connection has its own indicator.
  const stage = {
    SCHEDULED: { label: "Scheduled", className: "badge badge-scheduled" },
    LIVE: { label: "Live", className: "badge badge-live" },
    COMPLETED: { label: "Ended", className: "badge" },
    CANCELLED: { label: "Cancelled", className: "badge badge-warn" },
  }[state.status];
  const badge = (
    <span className={stage.className} title="The interview's stage" data-testid="session-stage">
      {stage.label}
    </span>
  );

  return (
    <div className="workspace-actions">
      {badge}
      {state.can.start ? (
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => act("start")}>
          Start interview
        </button>
      ) : null}
      {state.can.cancel ? (
        <button type="button" className="btn btn-quiet" disabled={busy} onClick={() => act("cancel")}>
          Cancel session
        </button>
      ) : null}
      {state.can.end ? (
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
