"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "../live/post-json";
import { useActionError } from "../live/use-action-error";

/**
 * The interviewer's one click that shows the candidate the next part of a staged prompt. The
 * feed tells the candidate's room, which re-renders its brief with the part.
 */
export function RevealStageButton(props: {
  sessionId: string;
  part: number;
  stage: { key: string; title: string };
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const { message: error, setFailure } = useActionError("the part was not revealed");

  async function reveal() {
    setBusy(true);
    setFailure(null);
    try {
      await sendJson(`/api/sessions/${props.sessionId}/stages`, { stageKey: props.stage.key });
      router.refresh();
    } catch (failure) {
      setFailure(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="reveal-stage">
      <button type="button" className="btn btn-primary" disabled={busy} onClick={reveal}>
        {busy ? "Revealing…" : `Reveal part ${props.part}: ${props.stage.title}`}
      </button>
      <span className="small muted">The candidate sees it in their brief at once.</span>
      {error ? (
        <span className="small alert-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
