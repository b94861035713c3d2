"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";

/**
 * Generating the next round: when the first sessions start and when the pairs meet again
 * with roles swapped (wall-clock times in the cohort's zone), and who cannot take part.
 * The result is a draft to preview; nothing is scheduled until it is published.
 */
export function RoundForm(props: {
  cohortId: string;
  cohortZone: string;
  members: { id: string; name: string }[];
  defaults: { firstSlotAt: string; secondSlotAt: string };
  roundNumber: number;
}) {
  const router = useRouter();
  const [firstSlotAt, setFirst] = useState(props.defaults.firstSlotAt);
  const [secondSlotAt, setSecond] = useState(props.defaults.secondSlotAt);
  const [unavailable, setUnavailable] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const response = await fetch(`/api/cohorts/${props.cohortId}/rounds`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ firstSlotAt, secondSlotAt, unavailable }),
    });
    setBusy(false);
    if (response.ok) router.refresh();
    else
      setError(
        ((await response.json().catch(() => ({}))) as { error?: string }).error ??
          "Could not generate the round",
      );
  }

  return (
    <form className="round-form" onSubmit={submit} aria-labelledby="round-form-title">
      <h3 id="round-form-title">Round {props.roundNumber}</h3>
      <p className="small muted">
        Everyone available interviews once and is interviewed once; with an odd number, whoever sat out least
        sits this one out. Times are in {props.cohortZone}.
      </p>
      <div className="round-times">
        <div className="field">
          <label htmlFor="first-slot">First sessions</label>
          <input
            id="first-slot"
            type="datetime-local"
            required
            value={firstSlotAt}
            onChange={(event) => setFirst(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="second-slot">Roles swapped</label>
          <input
            id="second-slot"
            type="datetime-local"
            required
            value={secondSlotAt}
            onChange={(event) => setSecond(event.target.value)}
          />
        </div>
      </div>
      <fieldset className="field choice-group">
        <legend>Not available this round</legend>
        <div className="choices">
          {props.members.map((member) => (
            <label key={member.id} className="choice">
              <input
                type="checkbox"
                checked={unavailable.includes(member.id)}
                onChange={() =>
                  setUnavailable((current) =>
                    current.includes(member.id)
                      ? current.filter((id) => id !== member.id)
                      : [...current, member.id],
                  )
                }
              />
              {member.name}
            </label>
          ))}
        </div>
      </fieldset>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? "Pairing…" : "Generate pairings"}
      </button>
    </form>
  );
}
