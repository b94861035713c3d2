"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

export interface CalibrationRequestFormProps {
  cohortId: string;
  sessions: { id: string; label: string; candidateId: string | null }[];
  people: { id: string; name: string }[];
}

/** A coach picks a finished session and the people who score its replay blind. */
export function CalibrationRequestForm({ cohortId, sessions, people }: CalibrationRequestFormProps) {
  const router = useRouter();
  const [sessionId, setSessionId] = useState(sessions[0]?.id ?? "");
  const [raters, setRaters] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const candidateId = sessions.find((session) => session.id === sessionId)?.candidateId ?? null;
  if (sessions.length === 0) {
    return <p className="empty">No finished session yet: calibrate once the cohort has run one.</p>;
  }
  return (
    <form
      className="stack-form calibration-request"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        const response = await fetch(`/api/cohorts/${cohortId}/calibrations`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ sessionId, raterIds: raters.filter((id) => id !== candidateId) }),
        });
        const data = (await response.json().catch(() => ({}))) as { calibrationId?: string; error?: string };
        setBusy(false);
        if (response.ok && data.calibrationId)
          router.push(`/cohorts/${cohortId}/calibration/${data.calibrationId}`);
        else setError(data.error ?? "Could not ask for the calibration");
      }}
    >
      <label htmlFor="calibration-session">Session to calibrate</label>
      <select
        id="calibration-session"
        value={sessionId}
        onChange={(event) => setSessionId(event.target.value)}
      >
        {sessions.map((session) => (
          <option key={session.id} value={session.id}>
            {session.label}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>Who scores it blind (at least two)</legend>
        {people.map((person) => (
          <label key={person.id} className="check">
            <input
              type="checkbox"
              disabled={person.id === candidateId}
              checked={raters.includes(person.id) && person.id !== candidateId}
              onChange={(event) =>
                setRaters((now) =>
                  event.target.checked ? [...now, person.id] : now.filter((id) => id !== person.id),
                )
              }
            />{" "}
            {person.name}
            {person.id === candidateId ? <span className="muted small"> (the candidate)</span> : null}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        className="btn"
        disabled={busy || raters.filter((id) => id !== candidateId).length < 2}
      >
        Ask for blind scores
      </button>
      {error ? (
        <p className="small alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
