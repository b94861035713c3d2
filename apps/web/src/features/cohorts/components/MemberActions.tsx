"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

const ROLES = [
  { value: "OWNER", label: "Owner" },
  { value: "COACH", label: "Coach" },
  { value: "MEMBER", label: "Member" },
] as const;

/** An owner's controls for one member: their role, and removing them (after a confirmation). */
export function MemberActions(props: { cohortId: string; userId: string; name: string; role: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = `/api/cohorts/${props.cohortId}/members/${props.userId}`;

  async function send(init: RequestInit) {
    setBusy(true);
    setError(null);
    const response = await fetch(url, init);
    setBusy(false);
    if (response.ok) router.refresh();
    else
      setError(
        ((await response.json().catch(() => ({}))) as { error?: string }).error ?? "That did not work",
      );
  }

  return (
    <div className="member-actions">
      <label className="sr-only" htmlFor={`role-${props.userId}`}>
        Role of {props.name}
      </label>
      <select
        id={`role-${props.userId}`}
        value={props.role}
        disabled={busy}
        onChange={(event) =>
          send({
            method: "PATCH",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ role: event.target.value }),
          })
        }
      >
        {ROLES.map((role) => (
          <option key={role.value} value={role.value}>
            {role.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn btn-small"
        disabled={busy}
        onClick={() => {
          if (window.confirm(`Remove ${props.name} from the cohort? Their access ends at once.`)) {
            send({ method: "DELETE" });
          }
        }}
      >
        Remove<span className="sr-only"> {props.name}</span>
      </button>
      {error ? (
        <span className="small alert-error member-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
