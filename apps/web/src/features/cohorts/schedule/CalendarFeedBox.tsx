"use client";

import { useState } from "react";

/**
 * The viewer's calendar subscription: a private URL (shown once, when made) that calendar
 * apps subscribe to, with only their own sessions; making a new one or turning it off
 * stops the old URL at once.
 */
export function CalendarFeedBox({ active }: { active: boolean }) {
  const [url, setUrl] = useState<string | null>(null);
  const [on, setOn] = useState(active);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function make() {
    setBusy(true);
    setError(null);
    const response = await fetch("/api/calendar-feed", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    setBusy(false);
    const data = (await response.json().catch(() => ({}))) as { url?: string; error?: string };
    if (!response.ok || !data.url) return setError(data.error ?? "Could not make a calendar link");
    setUrl(data.url);
    setOn(true);
  }

  async function turnOff() {
    setBusy(true);
    const response = await fetch("/api/calendar-feed", { method: "DELETE" });
    setBusy(false);
    if (response.ok) {
      setUrl(null);
      setOn(false);
    } else setError("Could not turn the calendar link off");
  }

  return (
    <section className="card calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">Your calendar</h2>
      <p className="small muted">
        Subscribe in Google Calendar, Outlook or Apple Calendar to see your own sessions (all cohorts) as they
        are scheduled. The link is private: anyone with it sees your sessions.
      </p>
      {url ? (
        <div className="invite-row">
          <label htmlFor="calendar-url" className="sr-only">
            Your calendar link
          </label>
          <input id="calendar-url" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
          <button
            type="button"
            className="btn"
            onClick={() => navigator.clipboard?.writeText(url).catch(() => undefined)}
          >
            Copy
          </button>
        </div>
      ) : on ? (
        <p className="small">
          Your calendar link is on. It was shown when you made it; make a new one to see a link again.
        </p>
      ) : null}
      {url ? <p className="small muted">Copy it now: it is shown only this once.</p> : null}
      <div className="calendar-actions">
        <button type="button" className="btn btn-small" disabled={busy} onClick={make}>
          {on ? "Make a new link" : "Make a calendar link"}
        </button>
        {on ? (
          <button type="button" className="btn btn-small" disabled={busy} onClick={turnOff}>
            Turn it off
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="alert alert-error small" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
