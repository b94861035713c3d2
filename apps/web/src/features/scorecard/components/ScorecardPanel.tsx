"use client";

import {
  type Recommendation,
  recommendationLabels,
  recommendationMeanings,
  scoreTotals,
  unscoredDimensions,
} from "@mockboard/interview";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { ScorecardDraftDto, ScorecardDto } from "../scorecard-types";
import { useAutosavedDraft } from "../use-autosaved-draft";
import { EvidenceList } from "./EvidenceList";
import { LevelPicker } from "./LevelPicker";

const STATUS_TEXT = {
  saved: "Draft saved",
  saving: "Saving…",
  offline: "Offline: kept on this device until the connection returns",
  refused: "Not saved",
} as const;

/** Evidence emptied while being edited is not evidence: it is dropped when saved. */
function withoutBlankEvidence(draft: ScorecardDraftDto): ScorecardDraftDto {
  const evidence = Object.fromEntries(
    Object.entries(draft.evidence).map(([key, items]) => [key, items.filter((item) => item.text.trim())]),
  );
  return { ...draft, evidence };
}

/**
 * The interviewer's rubric scorecard: a level or "not observed" per dimension with
 * evidence (prefilled from tagged notes), a recommendation and a summary. Autosaved;
 * submitted once the session ended; released to the candidate after that.
 */
export function ScorecardPanel(props: { sessionId: string; initial: ScorecardDto; sessionEnded: boolean }) {
  const { sessionId } = props;
  const router = useRouter();
  const [card, setCard] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = useCallback(
    (draft: ScorecardDraftDto) =>
      fetch(`/api/sessions/${sessionId}/scorecard`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(withoutBlankEvidence(draft)),
      }),
    [sessionId],
  );
  const { draft, update, status, message, saveNow } = useAutosavedDraft({
    storageKey: `mockboard:scorecard:${sessionId}`,
    initial: card.draft,
    save,
    editable: true,
  });
  const { rubric } = card;
  const totals = scoreTotals(rubric.dimensions, draft.levels);
  // Dimensions still to score start open; after that each stays as the interviewer leaves it
  // (choosing a level never folds one away, nor takes the keyboard focus with it).
  const [openAtStart] = useState(() => new Set(unscoredDimensions(rubric.dimensions, card.draft.levels)));
  // What still stands between the draft and a submission, worked out from the draft itself,
  // so the message goes away the moment the last dimension is scored.
  const missing = rubric.dimensions.filter((dimension) => draft.levels[dimension.key] === undefined);
  const ready = missing.length === 0 && draft.recommendation !== null;
  const [triedToSubmit, setTriedToSubmit] = useState(false);

  /** Every edit: the autosave, and a server refusal about an older draft no longer stands. */
  const change = (next: ScorecardDraftDto) => {
    setError(null);
    update(next);
    // Saved edits after a release reach the candidate only when released again.
    if (card.releasedAt !== null && !card.unreleasedEdits)
      setCard((current) => ({ ...current, unreleasedEdits: true }));
  };

  function submit() {
    if (!ready) {
      setTriedToSubmit(true);
      const first = missing[0];
      if (first) document.getElementsByName(`level-${first.key}`)[0]?.focus();
      return;
    }
    void post("submit");
  }

  async function post(path: "submit" | "release") {
    setBusy(true);
    setError(null);
    try {
      if (!(await saveNow())) throw new Error("The latest changes are not saved yet; try again in a moment");
      const response = await fetch(`/api/sessions/${sessionId}/scorecard/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      const body = (await response.json().catch(() => ({}))) as Partial<ScorecardDto> & { error?: string };
      if (!response.ok) throw new Error(body.error ?? `Failed (${response.status})`);
      setCard((current) => ({
        ...current,
        submittedAt: body.submittedAt ?? current.submittedAt ?? new Date().toISOString(),
        releasedAt: path === "release" ? new Date().toISOString() : current.releasedAt,
        unreleasedEdits: path === "release" ? false : current.unreleasedEdits,
      }));
      router.refresh();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const setLevel = (key: string, level: number | null) =>
    change({ ...draft, levels: { ...draft.levels, [key]: level } });
  const setEvidence = (key: string, items: ScorecardDraftDto["evidence"][string]) =>
    change({ ...draft, evidence: { ...draft.evidence, [key]: items } });

  return (
    <section className="scorecard" aria-label="Scorecard">
      <div className="panel-head">
        <h2>Scorecard</h2>
        <span className={`small ${status === "saved" ? "muted" : "warn"}`} role="status" aria-live="polite">
          {message ?? STATUS_TEXT[status]}
        </span>
      </div>
      <p className="small muted">
        {rubric.title}. Weighted level{" "}
        <strong>{totals.weightedLevel === null ? "–" : totals.weightedLevel.toFixed(2)}</strong> of 4 ·{" "}
        {totals.observed} of {totals.total} dimensions observed
        {card.revisions
          ? ` · ${card.revisions} edit${card.revisions === 1 ? "" : "s"} after submission kept`
          : ""}
      </p>
      {rubric.dimensions.map((dimension) => {
        const items = draft.evidence[dimension.key] ?? [];
        return (
          <details key={dimension.key} className="score-dim" open={openAtStart.has(dimension.key)}>
            <summary>
              <span>{dimension.title}</span>
              <span className="small muted">
                {draft.levels[dimension.key] === undefined
                  ? "not scored"
                  : draft.levels[dimension.key] === null
                    ? "not observed"
                    : `level ${draft.levels[dimension.key]}`}
                {dimension.weight !== 1 ? ` · weight ${dimension.weight}` : ""}
              </span>
            </summary>
            <p className="small muted">{dimension.description}</p>
            <LevelPicker
              name={`level-${dimension.key}`}
              dimension={dimension}
              value={draft.levels[dimension.key]}
              onChange={(level) => setLevel(dimension.key, level)}
            />
            <EvidenceList
              dimensionTitle={dimension.title}
              stampTime={!props.sessionEnded}
              replaySessionId={props.sessionEnded ? props.sessionId : undefined}
              items={items}
              onChange={(next) => setEvidence(dimension.key, next)}
            />
          </details>
        );
      })}
      <fieldset className="recommendation">
        <legend>Overall recommendation</legend>
        {(Object.keys(recommendationLabels) as Recommendation[]).map((value) => (
          <label
            key={value}
            className={draft.recommendation === value ? "chip selected" : "chip"}
            title={recommendationMeanings[value]}
          >
            <input
              type="radio"
              name="recommendation"
              checked={draft.recommendation === value}
              onChange={() => change({ ...draft, recommendation: value })}
            />
            {recommendationLabels[value]}
          </label>
        ))}
        {draft.recommendation ? (
          <p className="recommendation-meaning small muted">{recommendationMeanings[draft.recommendation]}</p>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor="scorecard-summary">Summary for the candidate</label>
        <textarea
          id="scorecard-summary"
          rows={4}
          value={draft.summary}
          onChange={(event) => change({ ...draft, summary: event.target.value })}
        />
      </div>
      {error ? (
        <p className="alert alert-error small" role="alert">
          {error}
        </p>
      ) : null}
      {card.releasedAt === null ? <CandidateReads draft={draft} /> : null}
      <div className="scorecard-actions">
        {card.submittedAt === null ? (
          <>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || !props.sessionEnded}
              onClick={submit}
            >
              Submit scorecard
            </button>
            {!props.sessionEnded ? (
              <span className="small muted">You can submit once the session ended.</span>
            ) : !ready ? (
              <span
                className={triedToSubmit ? "small alert-error" : "small muted"}
                role={triedToSubmit ? "alert" : undefined}
                data-testid="submit-needs"
              >
                To submit,{" "}
                {missing.length
                  ? `score or mark as not observed: ${missing.map((dimension) => dimension.title).join(", ")}`
                  : ""}
                {missing.length && !draft.recommendation ? "; and " : ""}
                {draft.recommendation ? "" : "choose a recommendation"}.
              </span>
            ) : null}
          </>
        ) : card.releasedAt === null ? (
          <>
            <span className="small">Submitted. Edits are kept with their history.</span>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => post("release")}>
              Release feedback to the candidate
            </button>
          </>
        ) : card.unreleasedEdits ? (
          <>
            <span className="small">
              Feedback released. The candidate reads it as released, not your edits since.
            </span>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => post("release")}>
              Release the changes to the candidate
            </button>
          </>
        ) : (
          <span className="badge badge-live">Feedback released</span>
        )}
      </div>
    </section>
  );
}

/** Before release: what the candidate will read, in words, and that the notes themselves stay private. */
function CandidateReads(props: { draft: ScorecardDraftDto }) {
  const items = Object.values(props.draft.evidence).flat();
  const fromNotes = items.filter((item) => item.noteId).length;
  return (
    <p className="candidate-reads small">
      On release the candidate reads the levels, {items.length} piece{items.length === 1 ? "" : "s"} of
      evidence
      {fromNotes ? ` (${fromNotes} copied from your notes)` : ""}, the recommendation and the summary. Your
      notes stay private.
    </p>
  );
}
