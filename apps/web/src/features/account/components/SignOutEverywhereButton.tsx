"use client";

import { useState } from "react";

/** Ends every session of this account (the server refuses them all), then signs this browser out. */
export function SignOutEverywhereButton() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function onClick() {
    setPending(true);
    setError(undefined);
    const response = await fetch("/api/auth/sign-out-everywhere", { method: "POST" }).catch(() => null);
    if (!response?.ok) {
      const payload = response ? await response.json().catch(() => ({})) : {};
      setError(payload.error ?? "Could not reach the server. Try again.");
      setPending(false);
      return;
    }
    // next-auth's browser client only when needed (see the sidebar's SignOutButton).
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/signin" });
  }

  return (
    <div>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      <button type="button" className="btn" onClick={onClick} disabled={pending}>
        {pending ? "Signing out everywhere…" : "Sign out on every device"}
      </button>
    </div>
  );
}
