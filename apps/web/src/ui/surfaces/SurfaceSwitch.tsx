"use client";

import type { Surface } from "@mockboard/interview";

const LABELS: Record<Surface, string> = { board: "Board", code: "Code", both: "Both" };

/**
 * Three buttons: board, code or both. In the room they are the interviewer's choice for
 * everyone (useSurfaceChoice); in the replay, the viewer's own.
 */
export function SurfaceSwitch(props: {
  surface: Surface;
  onChoose: (surface: Surface) => void;
  /** Shown before the buttons, e.g. "Everyone sees". */
  caption: string;
  /** The group's accessible name, e.g. "What the room shows". */
  legend: string;
  error?: string | null;
}) {
  return (
    <div className="surface-switch">
      <span className="small muted">{props.caption}</span>
      <fieldset className="segmented">
        <legend className="sr-only">{props.legend}</legend>
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
