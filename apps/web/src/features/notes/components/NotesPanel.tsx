"use client";

import { formatClock } from "@mockboard/interview";
import { useEffect, useRef, useState } from "react";
import { useSessionClock } from "@/ui/SessionClock";
import type { NoteDto } from "../note-types";
import { newNoteId } from "../pending-notes";
import { useNotes } from "../use-notes";

interface Dimension {
  key: string;
  title: string;
}

const STATUS_TEXT = {
  saved: "All notes saved",
  saving: "Saving…",
  offline: "Offline: notes are kept on this device and sent when the connection returns",
} as const;

/**
 * The interviewer's private notes: each stamped with the session time, optionally tagged
 * with a rubric dimension, autosaved as typed. Alt+M drops a timestamped marker.
 */
export function NotesPanel(props: {
  sessionId: string;
  userId: string;
  initialNotes: NoteDto[];
  dimensions: Dimension[];
  /** Observers read the notes shared with them; they never write. */
  readOnly?: boolean;
}) {
  if (props.readOnly) return <SharedNotes notes={props.initialNotes} dimensions={props.dimensions} />;
  return <EditableNotes {...props} />;
}

function SharedNotes(props: { notes: NoteDto[]; dimensions: Dimension[] }) {
  const titles = new Map(props.dimensions.map((dimension) => [dimension.key, dimension.title]));
  return (
    <section className="notes" aria-label="Shared notes">
      <h2>Shared notes</h2>
      {props.notes.length === 0 ? (
        <p className="small muted">The interviewer has not shared any notes.</p>
      ) : (
        <ol className="note-list">
          {props.notes.map((note) => (
            <li key={note.id} className="note">
              <div className="note-meta">
                <time className="note-time">{formatClock(note.offsetMs)}</time>
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

function EditableNotes(props: {
  sessionId: string;
  userId: string;
  initialNotes: NoteDto[];
  dimensions: Dimension[];
}) {
  const { notes, status, refused, upsert, remove } = useNotes(
    props.sessionId,
    props.userId,
    props.initialNotes,
  );
  const [draftId, setDraftId] = useState<string | null>(null);
  const [draftText, setDraftText] = useState("");
  const [draftDimension, setDraftDimension] = useState<string | null>(null);
  const draftOffset = useRef(0);
  const composer = useRef<HTMLTextAreaElement>(null);
  // The room's session clock, read when a note is begun: never this tab's mount time.
  const clock = useSessionClock();
  const sessionTime = () => clock.sessionTime() ?? 0;

  function typeDraft(text: string, dimensionKey = draftDimension) {
    setDraftText(text);
    let id = draftId;
    if (!id) {
      id = newNoteId();
      draftOffset.current = sessionTime();
      setDraftId(id);
    }
    upsert({ id, text, dimensionKey, visibility: "PRIVATE", offsetMs: draftOffset.current });
  }

  function finishDraft() {
    setDraftId(null);
    setDraftText("");
  }

  // A marker while the candidate talks: the time now, words later.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.code !== "KeyM") return;
      event.preventDefault();
      upsert(
        { id: newNoteId(), text: "", dimensionKey: null, visibility: "PRIVATE", offsetMs: sessionTime() },
        0,
      );
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <section className="notes" aria-label="Private notes">
      <div className="panel-head">
        <h2>Notes</h2>
        <span className={`small ${status === "offline" ? "warn" : "muted"}`} role="status" aria-live="polite">
          {STATUS_TEXT[status]}
        </span>
      </div>
      <p className="small muted">Only you can read these. Alt+M drops a marker at the current time.</p>
      {refused ? (
        <p className="alert alert-error small" role="alert">
          {refused}
        </p>
      ) : null}
      <ol className="note-list">
        {notes
          .filter((note) => note.id !== draftId)
          .map((note) => (
            <li key={note.id} className={note.pending ? "note pending" : "note"}>
              <div className="note-meta">
                <time className="note-time">{formatClock(note.offsetMs)}</time>
                <DimensionSelect
                  dimensions={props.dimensions}
                  value={note.dimensionKey}
                  label="Rubric dimension of this note"
                  onChange={(dimensionKey) => upsert({ ...note, dimensionKey })}
                />
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  aria-label={`Delete the note at ${formatClock(note.offsetMs)}`}
                  onClick={() => remove(note.id)}
                >
                  Delete
                </button>
              </div>
              <textarea
                rows={Math.min(6, Math.max(1, Math.ceil(note.text.length / 40)))}
                value={note.text}
                placeholder="Marker: add what happened"
                aria-label={`Note at ${formatClock(note.offsetMs)}`}
                onChange={(event) => upsert({ ...note, text: event.target.value })}
              />
            </li>
          ))}
      </ol>
      <div className="note-composer">
        <textarea
          ref={composer}
          rows={3}
          value={draftText}
          placeholder="Write a note… (Enter to add, Shift+Enter for a new line)"
          aria-label="New note"
          onChange={(event) => typeDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey) {
              event.preventDefault();
              if (draftText.trim()) finishDraft();
            }
          }}
        />
        <div className="note-meta">
          <DimensionSelect
            dimensions={props.dimensions}
            value={draftDimension}
            label="Rubric dimension of the new note"
            onChange={(dimensionKey) => {
              setDraftDimension(dimensionKey);
              if (draftId) typeDraft(draftText, dimensionKey);
            }}
          />
          <button
            type="button"
            className="btn btn-small"
            disabled={!draftText.trim()}
            onClick={() => {
              finishDraft();
              composer.current?.focus();
            }}
          >
            Add note
          </button>
        </div>
      </div>
    </section>
  );
}

function DimensionSelect(props: {
  dimensions: Dimension[];
  value: string | null;
  label: string;
  onChange: (value: string | null) => void;
}) {
  return (
    <select
      className="note-dimension"
      aria-label={props.label}
      value={props.value ?? ""}
      onChange={(event) => props.onChange(event.target.value || null)}
    >
      <option value="">No dimension</option>
      {props.dimensions.map((dimension) => (
        <option key={dimension.key} value={dimension.key}>
          {dimension.title}
        </option>
      ))}
    </select>
  );
}
