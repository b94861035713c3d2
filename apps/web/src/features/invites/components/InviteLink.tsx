"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { LocalTime } from "@/ui/LocalTime";
import "../invites.css";

/**
 * An invite box (a session's for its interviewer, a cohort's for its owners and coaches):
 * the link to send, when it stops working, a new link (the old one dies at once) and
 * turning it off. `endpoint` takes `{ action: "rotate" | "revoke" }`.
 */
export function InviteLink(props: {
  endpoint: string;
  label: string;
  path: string | null;
  expiresAt: string | null;
}) {
  const router = useRouter();
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url =
    props.path && typeof window !== "undefined" ? `${window.location.origin}${props.path}` : props.path;

  async function act(action: "rotate" | "revoke") {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(props.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action }),
      });
      if (!response.ok) throw new Error((await response.json().catch(() => ({}))).error ?? "Failed");
      router.refresh();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="invite">
      <label htmlFor="invite-url" className="small muted">
        {props.label}
      </label>
      {url ? (
        <div className="invite-row">
          <input id="invite-url" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
          <button
            type="button"
            className="btn"
            onClick={async () => {
              await navigator.clipboard?.writeText(url).catch(() => undefined);
              setCopied(true);
              setTimeout(() => setCopied(false), 2000);
            }}
          >
            {copied ? "Copied" : "Copy"}
          </button>
        </div>
      ) : (
        <p className="small">The invite link is turned off.</p>
      )}
      <div className="invite-row small">
        {props.expiresAt ? (
          <span className="muted">
            Works until <LocalTime iso={props.expiresAt} />
          </span>
        ) : null}
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => act("rotate")}>
          {url ? "New link" : "Make a link"}
        </button>
        {url ? (
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => act("revoke")}>
            Turn off
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="small alert-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
