"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { SelfAssessmentDto } from "../scorecard-types";
import { useAutosavedDraft } from "../use-autosaved-draft";
import { LevelPicker } from "./LevelPicker";

type Draft = SelfAssessmentDto["draft"];

/**
 * The candidate scores themselves on the session's rubric before reading the interviewer's
 * scores; the feedback shows both side by side. Final once submitted.
 */
export function SelfAssessmentPanel(props: {
  sessionId: string;
  initial: SelfAssessmentDto;
  /** Feedback was released: what the candidate wrote stays as it is. */
  locked?: boolean;
}) {
  const { sessionId } = props;
  const router = useRouter();
  const [submittedAt, setSubmittedAt] = useState(props.initial.submittedAt);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = useCallback(
    (draft: Draft, submit = false) =>
      fetch(`/api/sessions/${sessionId}/self-assessment`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...draft, submit }),
      }),
    [sessionId],
  );
  const { draft, update, status, saveNow } = useAutosavedDraft<Draft>({
    storageKey: `mockboard:self-assessment:${sessionId}`,
    initial: props.initial.draft,
    save,
    editable: submittedAt === null && !props.locked,
  });
  const { rubric } = props.initial;
  const done = submittedAt !== null || props.locked === true;

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await saveNow();
      const response = await save(draft, true);
      const body = (await response.json().catch(() => ({}))) as { error?: string; submittedAt?: string };
      if (!response.ok) throw new Error(body.error ?? `Failed (${response.status})`);
      localStorage.removeItem(`mockboard:self-assessment:${sessionId}`);
      setSubmittedAt(body.submittedAt ?? new Date().toISOString());
      router.refresh();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="scorecard" aria-label="Self-assessment">
      <div className="panel-head">
        <h2>How did it go?</h2>
        {!done ? (
          <span className="small muted" role="status" aria-live="polite">
            {status === "saved" ? "Draft saved" : status === "saving" ? "Saving…" : "Kept on this device"}
          </span>
        ) : null}
      </div>
      <p className="small muted">
        {props.locked && submittedAt === null
          ? "Feedback was released before you submitted, so your self-assessment stays as it was."
          : done
            ? "Submitted. You will see the interviewer's scores beside yours once they release their feedback."
            : "Score yourself on the same rubric before you see the interviewer's scores. Comparing the two is where most of the learning is."}
      </p>
      {rubric.dimensions.map((dimension) => (
        <div key={dimension.key} className="score-dim">
          <h3>{dimension.title}</h3>
          <p className="small muted">{dimension.description}</p>
          <LevelPicker
            name={`self-${dimension.key}`}
            dimension={dimension}
            value={draft.levels[dimension.key]}
            disabled={done}
            onChange={(level) => update({ ...draft, levels: { ...draft.levels, [dimension.key]: level } })}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor="self-summary">What would you do differently?</label>
        <textarea
          id="self-summary"
          rows={4}
          value={draft.summary}
          disabled={done}
          onChange={(event) => update({ ...draft, summary: event.target.value })}
        />
      </div>
      {error ? (
        <p className="alert alert-error small" role="alert">
          {error}
        </p>
      ) : null}
      {!done ? (
        <button type="button" className="btn btn-primary" disabled={busy} onClick={submit}>
          Submit self-assessment
        </button>
      ) : null}
    </section>
  );
}
