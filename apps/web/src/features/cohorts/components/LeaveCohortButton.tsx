"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Leaving the cohort, after a confirmation; the last owner is told why they cannot. */
export function LeaveCohortButton({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="leave-cohort">
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={async () => {
          if (!window.confirm(`Leave ${cohortName}? Your upcoming sessions in it are cancelled.`)) return;
          setBusy(true);
          setError(null);
          const response = await fetch(`/api/cohorts/${cohortId}/leave`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
          });
          setBusy(false);
          if (response.ok) router.push("/cohorts");
          else
            setError(
              ((await response.json().catch(() => ({}))) as { error?: string }).error ?? "Could not leave",
            );
        }}
      >
        Leave cohort
      </button>
      {error ? (
        <p className="small alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
