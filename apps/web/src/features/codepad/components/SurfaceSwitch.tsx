"use client";

import type { Surface } from "@mockboard/interview";

const LABELS: Record<Surface, string> = { board: "Board", code: "Code", both: "Both" };

/** The interviewer's three buttons: what everyone's room shows (see useSurfaceChoice). */
export function SurfaceSwitch(props: {
  surface: Surface;
  onChoose: (surface: Surface) => void;
  error: string | null;
}) {
  return (
    <div className="surface-switch">
      <span className="small muted">Everyone sees</span>
      <fieldset className="segmented">
        <legend className="sr-only">What the room shows</legend>
        {(Object.keys(LABELS) as Surface[]).map((surface) => (
          <button
            key={surface}
            type="button"
            aria-pressed={props.surface === surface}
            onClick={() => props.onChoose(surface)}
          >
            {LABELS[surface]}
          </button>
        ))}
      </fieldset>
      {props.error ? (
        <span className="small alert-error" role="alert">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}
