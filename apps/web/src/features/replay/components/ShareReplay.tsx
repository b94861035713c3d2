"use client";

import { useId, useState } from "react";
import type { ReplaySharingDto } from "../replay-contract";

/** Share the replay with a member of the session's cohort, and revoke it. */
export function ShareReplay({ sessionId, initial }: { sessionId: string; initial: ReplaySharingDto }) {
  const [sharing, setSharing] = useState(initial);
  const [chosen, setChosen] = useState(initial.candidates[0]?.userId ?? "");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const api = `/api/sessions/${sessionId}/replay/shares`;

  async function run(work: () => Promise<Response>, after: (response: Response) => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      const response = await work();
      if (!response.ok)
        throw new Error((await response.json().catch(() => ({}))).error ?? `HTTP ${response.status}`);
      await after(response);
    } catch (cause) {
      setError((cause as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const share = () =>
    run(
      () =>
        fetch(api, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ userId: chosen }),
        }),
      async (response) => {
        const next = (await response.json()) as ReplaySharingDto;
        setSharing(next);
        setChosen(next.candidates[0]?.userId ?? "");
      },
    );
  const revoke = (userId: string) =>
    run(
      () => fetch(`${api}/${userId}`, { method: "DELETE" }),
      async () => {
        const revoked = sharing.shares.find((entry) => entry.userId === userId);
        setSharing({
          shares: sharing.shares.filter((entry) => entry.userId !== userId),
          candidates: revoked ? [...sharing.candidates, { userId, name: revoked.name }] : sharing.candidates,
        });
      },
    );

  return (
    <details className="replay-share">
      <summary className="btn btn-small">Share</summary>
      <div className="replay-share-body">
        {sharing.candidates.length ? (
          <div className="row">
            <label htmlFor={`${id}-member`}>Share with</label>
            <select id={`${id}-member`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
              {sharing.candidates.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name ?? "A cohort member"}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn btn-small btn-primary"
              disabled={busy || !chosen}
              onClick={share}
            >
              Share
            </button>
          </div>
        ) : (
          <p className="muted small">Nobody else in the session's cohort to share with.</p>
        )}
        {sharing.shares.length ? (
          <ul className="replay-share-list" aria-label="Shared with">
            {sharing.shares.map((entry) => (
              <li key={entry.userId}>
                {entry.name ?? "A cohort member"}{" "}
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  onClick={() => revoke(entry.userId)}
                >
                  Revoke<span className="sr-only"> {entry.name ?? "this share"}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {error ? (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </details>
  );
}
