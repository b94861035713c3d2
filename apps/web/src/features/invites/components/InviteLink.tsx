"use client";

import { useState } from "react";

export function InviteLink({ path }: { path: string }) {
  const [copied, setCopied] = useState(false);
  const url = typeof window === "undefined" ? path : `${window.location.origin}${path}`;
  return (
    <div className="invite">
      <label htmlFor="invite-url" className="small muted">
        Invite the candidate
      </label>
      <div style={{ display: "flex", gap: "0.4rem" }}>
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
    </div>
  );
}
