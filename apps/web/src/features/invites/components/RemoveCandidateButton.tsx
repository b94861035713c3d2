"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Removes the candidate from the session (their board closes; a fresh invite link replaces theirs). */
export function RemoveCandidateButton(props: { sessionId: string; candidateName: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="btn btn-small btn-quiet"
      disabled={busy}
      aria-label={`Remove candidate ${props.candidateName} from this session`}
      onClick={async () => {
        if (!window.confirm(`Remove ${props.candidateName} from this session?`)) return;
        setBusy(true);
        const response = await fetch(`/api/sessions/${props.sessionId}/candidate`, { method: "DELETE" });
        setBusy(false);
        if (response.ok) router.refresh();
        else
          window.alert((await response.json().catch(() => ({}))).error ?? "Could not remove the candidate");
      }}
    >
      Remove candidate
    </button>
  );
}
