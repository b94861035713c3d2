"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";

export interface Choice {
  value: string;
  label: string;
}

export interface CohortSettingsValues {
  name: string;
  description: string;
  timeZone: string;
  kinds: string[];
  rounds: string[];
}

/**
 * Creating a cohort (POST, then its page) or changing its settings (PATCH): name,
 * description, the zone it schedules in (a new cohort starts in the browser's), and the
 * kinds and rounds it practises (none ticked means all).
 */
export function CohortSettingsForm(props: {
  mode: "create" | "edit";
  cohortId?: string;
  initial: CohortSettingsValues;
  zones: string[];
  kinds: Choice[];
  rounds: Choice[];
}) {
  const router = useRouter();
  const [values, setValues] = useState(props.initial);
  // A new cohort starts in the creator's own zone, which only the browser knows.
  useEffect(() => {
    if (props.mode !== "create") return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setValues((current) => ({ ...current, timeZone: zone }));
  }, [props.mode]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);

  const toggle = (field: "kinds" | "rounds", value: string) =>
    setValues((current) => ({
      ...current,
      [field]: current[field].includes(value)
        ? current[field].filter((entry) => entry !== value)
        : [...current[field], value],
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(
        props.mode === "create" ? "/api/cohorts" : `/api/cohorts/${props.cohortId}`,
        {
          method: props.mode === "create" ? "POST" : "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(values),
        },
      );
      const data = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
      if (!response.ok) throw new Error(data.error ?? "Could not save the cohort");
      if (props.mode === "create" && data.id) router.push(`/cohorts/${data.id}`);
      else {
        setMessage({ kind: "ok", text: "Saved." });
        router.refresh();
      }
    } catch (failure) {
      setMessage({ kind: "error", text: (failure as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const zones = props.zones.includes(values.timeZone) ? props.zones : [values.timeZone, ...props.zones];
  return (
    <form className="cohort-settings" onSubmit={submit}>
      <div className="field">
        <label htmlFor="cohort-name">Name</label>
        <input
          id="cohort-name"
          required
          maxLength={80}
          value={values.name}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="cohort-description">Description</label>
        <textarea
          id="cohort-description"
          rows={2}
          maxLength={1000}
          value={values.description}
          onChange={(event) => setValues({ ...values, description: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="cohort-zone">Time zone</label>
        <select
          id="cohort-zone"
          value={values.timeZone}
          onChange={(event) => setValues({ ...values, timeZone: event.target.value })}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <span className="help">
          Rotation dates are entered in this zone; everyone sees times in their own.
        </span>
      </div>
      <fieldset className="field choice-group">
        <legend>Kinds of prompt it practises</legend>
        <span className="help">None ticked means every kind.</span>
        <div className="choices">
          {props.kinds.map((kind) => (
            <label key={kind.value} className="choice">
              <input
                type="checkbox"
                name="kinds"
                value={kind.value}
                checked={values.kinds.includes(kind.value)}
                onChange={() => toggle("kinds", kind.value)}
              />
              {kind.label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field choice-group">
        <legend>Interview rounds it practises</legend>
        <span className="help">None ticked means every round.</span>
        <div className="choices">
          {props.rounds.map((round) => (
            <label key={round.value} className="choice">
              <input
                type="checkbox"
                name="rounds"
                value={round.value}
                checked={values.rounds.includes(round.value)}
                onChange={() => toggle("rounds", round.value)}
              />
              {round.label}
            </label>
          ))}
        </div>
      </fieldset>
      {message ? (
        <p
          className={`alert ${message.kind === "error" ? "alert-error" : "alert-ok"}`}
          role={message.kind === "error" ? "alert" : "status"}
        >
          {message.text}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {props.mode === "create" ? "Create the cohort" : "Save settings"}
      </button>
    </form>
  );
}
