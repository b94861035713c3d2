"use client";

import type { CalibrationDraft } from "@mockboard/db/types";
import { useRouter } from "next/navigation";
import { useState } from "react";

export interface CalibrationScoringProps {
  calibrationId: string;
  dimensions: { key: string; title: string; levels: string[] }[];
  draft: CalibrationDraft;
}

const NOT_OBSERVED = "not-observed";

/** A rater's blind scorecard: a level (or not observed) and evidence per dimension; save, then submit. */
export function CalibrationScoring({ calibrationId, dimensions, draft }: CalibrationScoringProps) {
  const router = useRouter();
  const [levels, setLevels] = useState(draft.levels);
  const [evidence, setEvidence] = useState<Record<string, string>>(
    Object.fromEntries(
      dimensions.map((d) => [d.key, (draft.evidence[d.key] ?? []).map((e) => e.text).join("\n")]),
    ),
  );
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const body: CalibrationDraft = {
      levels,
      evidence: Object.fromEntries(
        Object.entries(evidence).map(([key, text]) => [
          key,
          text
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => ({ text: line })),
        ]),
      ),
    };
    const response = await fetch(`/api/calibrations/${calibrationId}/scores`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      const data = (await response.json().catch(() => ({}))) as { error?: string };
      throw new Error(data.error ?? "Could not save your scores");
    }
  };
  const act = async (submit: boolean) => {
    setError(null);
    setStatus(submit ? "Submitting…" : "Saving…");
    try {
      await save();
      if (submit) {
        const response = await fetch(`/api/calibrations/${calibrationId}/submit`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{}",
        });
        const data = (await response.json().catch(() => ({}))) as { error?: string };
        if (!response.ok) throw new Error(data.error ?? "Could not submit");
        router.refresh();
      }
      setStatus(submit ? "Submitted" : "Saved");
    } catch (caught) {
      setStatus(null);
      setError(caught instanceof Error ? caught.message : "Something went wrong");
    }
  };
  return (
    <form
      className="stack-form calibration-scoring"
      onSubmit={(event) => {
        event.preventDefault();
        void act(true);
      }}
    >
      {dimensions.map((dimension) => {
        const current = dimension.key in levels ? (levels[dimension.key] ?? NOT_OBSERVED) : "";
        return (
          <fieldset key={dimension.key}>
            <legend>{dimension.title}</legend>
            {dimension.levels.map((descriptor, index) => (
              <label key={descriptor} className="check">
                <input
                  type="radio"
                  name={`level-${dimension.key}`}
                  checked={current === index + 1}
                  onChange={() => setLevels((now) => ({ ...now, [dimension.key]: index + 1 }))}
                />{" "}
                {index + 1}: {descriptor}
              </label>
            ))}
            <label className="check">
              <input
                type="radio"
                name={`level-${dimension.key}`}
                checked={current === NOT_OBSERVED}
                onChange={() => setLevels((now) => ({ ...now, [dimension.key]: null }))}
              />{" "}
              Not observed
            </label>
            <label htmlFor={`evidence-${dimension.key}`}>
              Evidence for {dimension.title} (one item a line)
            </label>
            <textarea
              id={`evidence-${dimension.key}`}
              rows={2}
              value={evidence[dimension.key] ?? ""}
              onChange={(event) => setEvidence((now) => ({ ...now, [dimension.key]: event.target.value }))}
            />
          </fieldset>
        );
      })}
      <div className="row">
        <button type="button" className="btn btn-secondary" onClick={() => void act(false)}>
          Save draft
        </button>
        <button type="submit" className="btn">
          Submit my scores
        </button>
        <span className="small muted" role="status">
          {status}
        </span>
      </div>
      {error ? (
        <p className="small alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
