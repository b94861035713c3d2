"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { LocalTime } from "@/ui/LocalTime";

export interface DraftSession {
  id: string;
  interviewer: { id: string; name: string };
  candidate: { id: string; name: string };
  prompt: { id: string; title: string } | null;
  alternatives: { id: string; title: string }[];
}

export interface DraftRoundProps {
  roundId: string;
  number: number;
  firstSlotAt: string;
  secondSlotAt: string;
  /** Each pair's two sessions: the first meeting, and the one with roles swapped. */
  pairs: { first: DraftSession; second: DraftSession | null }[];
  bye: string | null;
  unavailable: string[];
  /** Everyone seated in the round, for swapping two of them. */
  seated: { id: string; name: string }[];
}

async function call(url: string, init: RequestInit): Promise<string | null> {
  const response = await fetch(url, init);
  if (response.ok) return null;
  return ((await response.json().catch(() => ({}))) as { error?: string }).error ?? "That did not work";
}

const json = (body: unknown, method = "POST"): RequestInit => ({
  method,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

function PromptChoice({
  session,
  onChange,
}: {
  session: DraftSession;
  onChange: (promptId: string) => void;
}) {
  const options = [...(session.prompt ? [session.prompt] : []), ...session.alternatives];
  return (
    <div className="field draft-prompt">
      <label htmlFor={`prompt-${session.id}`}>
        {session.interviewer.name} interviews {session.candidate.name} on
      </label>
      <select
        id={`prompt-${session.id}`}
        value={session.prompt?.id ?? ""}
        onChange={(event) => onChange(event.target.value)}
      >
        {session.prompt ? null : <option value="">Choose a prompt</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.title}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A draft round to check before publishing: pairs, prompts, the bye; swap, re-prompt, publish or discard. */
export function DraftRound(props: DraftRoundProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [swapA, setSwapA] = useState(props.seated[0]?.id ?? "");
  const [swapB, setSwapB] = useState(props.seated[1]?.id ?? "");

  async function run(url: string, init: RequestInit) {
    setBusy(true);
    setError(null);
    const failure = await call(url, init);
    setBusy(false);
    if (failure) setError(failure);
    else router.refresh();
  }

  return (
    <section className="draft-round" aria-labelledby="draft-title" aria-busy={busy}>
      <h3 id="draft-title">Round {props.number}: draft</h3>
      <p className="small muted">
        First sessions <LocalTime iso={props.firstSlotAt} />; roles swapped{" "}
        <LocalTime iso={props.secondSlotAt} />. Nothing is scheduled and nobody is told until you publish.
      </p>
      <ol className="draft-pairs">
        {props.pairs.map(({ first, second }) => (
          <li key={first.id} className="draft-pair">
            <h4>
              {first.interviewer.name} and {first.candidate.name}
            </h4>
            <PromptChoice
              session={first}
              onChange={(promptId) => run(`/api/pairings/${first.id}`, json({ promptId }, "PATCH"))}
            />
            {second ? (
              <PromptChoice
                session={second}
                onChange={(promptId) => run(`/api/pairings/${second.id}`, json({ promptId }, "PATCH"))}
              />
            ) : null}
          </li>
        ))}
      </ol>
      {props.bye ? <p className="small">Sitting this round out: {props.bye}</p> : null}
      {props.unavailable.length ? (
        <p className="small muted">Not available: {props.unavailable.join(", ")}</p>
      ) : null}
      <div className="draft-swap">
        <div className="field">
          <label htmlFor="swap-a">Swap</label>
          <select id="swap-a" value={swapA} onChange={(event) => setSwapA(event.target.value)}>
            {props.seated.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="swap-b">with</label>
          <select id="swap-b" value={swapB} onChange={(event) => setSwapB(event.target.value)}>
            {props.seated.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="btn"
          disabled={busy || swapA === swapB}
          onClick={() => run(`/api/rounds/${props.roundId}/swap`, json({ a: swapA, b: swapB }))}
        >
          Swap places
        </button>
      </div>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="draft-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => run(`/api/rounds/${props.roundId}/publish`, json({}))}
        >
          Publish round {props.number}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => {
            if (window.confirm("Throw this draft away?"))
              run(`/api/rounds/${props.roundId}`, { method: "DELETE" });
          }}
        >
          Discard draft
        </button>
      </div>
    </section>
  );
}
