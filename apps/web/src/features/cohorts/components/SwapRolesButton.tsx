"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** "Swap roles": schedules the same two people with the seats reversed and opens the new session. */
export function SwapRolesButton({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="swap-roles">
      <button
        type="button"
        className="btn btn-small"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const response = await fetch(`/api/sessions/${sessionId}/swap-roles`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
          });
          const data = (await response.json().catch(() => ({}))) as { sessionId?: string; error?: string };
          setBusy(false);
          if (response.ok && data.sessionId) router.push(`/sessions/${data.sessionId}`);
          else setError(data.error ?? "Could not swap roles");
        }}
      >
        Swap roles
      </button>
      {error ? (
        <span className="small alert-error" role="alert">
          {" "}
          {error}
        </span>
      ) : null}
    </span>
  );
}
