"use client";

import { useEffect, useState } from "react";
import { MomentTime } from "@/ui/MomentTime";
import type { NoteDto } from "../note-types";

/** How often an observer's list asks for notes shared since (the room's feed does not carry notes). */
const REFRESH_MS = 10_000;

/** The notes the interviewer shared with observers, kept current while the tab is open. */
export function SharedNotes(props: {
  sessionId: string;
  initialNotes: NoteDto[];
  dimensions: { key: string; title: string }[];
  /** Once the session is over, each note's time links to its moment in the replay. */
  replayLinks?: boolean;
}) {
  const [notes, setNotes] = useState(props.initialNotes);
  const titles = new Map(props.dimensions.map((dimension) => [dimension.key, dimension.title]));

  useEffect(() => {
    let stopped = false;
    const load = async () => {
      const response = await fetch(`/api/sessions/${props.sessionId}/notes`, { cache: "no-store" }).catch(
        () => null,
      );
      if (!stopped && response?.ok) setNotes((await response.json()) as NoteDto[]);
    };
    const interval = setInterval(load, REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(interval);
    };
  }, [props.sessionId]);

  const written = notes.filter((note) => note.text.trim());
  return (
    <section className="notes" aria-label="Shared notes">
      <h2>Shared notes</h2>
      {written.length === 0 ? (
        <p className="small muted">The interviewer has not shared any notes yet.</p>
      ) : (
        <ol className="note-list">
          {written.map((note) => (
            <li key={note.id} className="note">
              <div className="note-meta">
                <MomentTime
                  atMs={note.offsetMs}
                  sessionId={props.replayLinks ? props.sessionId : undefined}
                />
                {note.dimensionKey ? <span className="tag">{titles.get(note.dimensionKey)}</span> : null}
              </div>
              <p>{note.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
