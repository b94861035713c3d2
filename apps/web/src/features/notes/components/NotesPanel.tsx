"use client";

import { formatClock } from "@mockboard/interview";
import { useEffect, useRef, useState } from "react";
import { quoteCode, useCodeSelection } from "@/ui/code-selection";
import { MomentTime } from "@/ui/MomentTime";
import { useSessionClock } from "@/ui/SessionClock";
import type { NoteDto } from "../note-types";
import { newNoteId } from "../pending-notes";
import { useNotes } from "../use-notes";
import { SharedNotes } from "./SharedNotes";

export interface Dimension {
  key: string;
  title: string;
}

type Visibility = NoteDto["visibility"];

const STATUS_TEXT = {
  saved: "All notes saved",
  saving: "Saving…",
  offline: "Offline: notes are kept on this device and sent when the connection returns",
} as const;

/**
 * The interviewer's notes: each stamped with the session time, optionally tagged with a
 * rubric dimension, private or shared with the cohort's observers, autosaved as typed.
 * Alt+M drops a timestamped marker. Observers read the shared ones.
 */
export function NotesPanel(props: {
  sessionId: string;
  userId: string;
  initialNotes: NoteDto[];
  dimensions: Dimension[];
  /** The session belongs to a cohort, whose owners and coaches may observe it. */
  observers: boolean;
  /** Observers read the notes shared with them; they never write. */
  readOnly?: boolean;
  /** Once the session is over, each note's time links to its moment in the replay. */
  replayLinks?: boolean;
}) {
  if (props.readOnly)
    return (
      <SharedNotes
        sessionId={props.sessionId}
        initialNotes={props.initialNotes}
        dimensions={props.dimensions}
        replayLinks={props.replayLinks}
      />
    );
  return <EditableNotes {...props} />;
}

function EditableNotes(props: {
  sessionId: string;
  userId: string;
  initialNotes: NoteDto[];
  dimensions: Dimension[];
  observers: boolean;
  replayLinks?: boolean;
}) {
  const { notes, status, refused, upsert, remove } = useNotes(
    props.sessionId,
    props.userId,
    props.initialNotes,
  );
  const [draftId, setDraftId] = useState<string | null>(null);
  const [draftText, setDraftText] = useState("");
  const [draftDimension, setDraftDimension] = useState<string | null>(null);
  const [draftVisibility, setDraftVisibility] = useState<Visibility>("PRIVATE");
  const draftOffset = useRef(0);
  const composer = useRef<HTMLTextAreaElement>(null);
  // The room's session clock, read when a note is begun: never this tab's mount time.
  const clock = useSessionClock();
  const sessionTime = () => clock.sessionTime() ?? 0;
  const codeSelection = useCodeSelection();

  function typeDraft(text: string, dimensionKey = draftDimension, visibility = draftVisibility) {
    setDraftText(text);
    let id = draftId;
    if (!id) {
      id = newNoteId();
      draftOffset.current = sessionTime();
      setDraftId(id);
    }
    upsert({ id, text, dimensionKey, visibility, offsetMs: draftOffset.current });
  }

  // Each note starts untagged and private: a tag or a share is chosen per note, never carried over.
  function finishDraft() {
    setDraftId(null);
    setDraftText("");
    setDraftDimension(null);
    setDraftVisibility("PRIVATE");
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
    <section className="notes" aria-label="Your notes">
      <div className="panel-head">
        <h2>Notes</h2>
        <span className={`small ${status === "offline" ? "warn" : "muted"}`} role="status" aria-live="polite">
          {STATUS_TEXT[status]}
        </span>
      </div>
      <p className="small muted">
        Private: the candidate never reads these{props.observers ? "; observers read the ones you share" : ""}
        . A tagged note is copied into your scorecard as evidence, which you can edit before release. Alt+M
        drops a marker.
      </p>
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
                <MomentTime
                  atMs={note.offsetMs}
                  sessionId={props.replayLinks ? props.sessionId : undefined}
                />
                <DimensionSelect
                  dimensions={props.dimensions}
                  value={note.dimensionKey}
                  label="Rubric dimension of this note"
                  onChange={(dimensionKey) => upsert({ ...note, dimensionKey })}
                />
                {props.observers ? (
                  <ShareToggle
                    value={note.visibility}
                    label={`Share the note at ${formatClock(note.offsetMs)} with observers`}
                    onChange={(visibility) => upsert({ ...note, visibility })}
                  />
                ) : null}
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
          {props.observers ? (
            <ShareToggle
              value={draftVisibility}
              label="Share the new note with observers"
              onChange={(visibility) => {
                setDraftVisibility(visibility);
                if (draftId) typeDraft(draftText, draftDimension, visibility);
              }}
            />
          ) : null}
          {codeSelection ? (
            // The note is stamped when it is begun: quoting into an empty composer stamps now.
            <button
              type="button"
              className="btn btn-small"
              title="The lines selected in the code pad"
              onClick={() => {
                const quote = quoteCode(codeSelection);
                typeDraft(draftText.trim() ? `${draftText}\n${quote}` : quote);
                composer.current?.focus();
              }}
            >
              Quote code
            </button>
          ) : null}
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

function ShareToggle(props: { value: Visibility; label: string; onChange: (value: Visibility) => void }) {
  return (
    <label className="note-share small" title="Observers (the cohort's coaches) can read shared notes">
      <input
        type="checkbox"
        checked={props.value === "SHARED"}
        aria-label={props.label}
        onChange={(event) => props.onChange(event.target.checked ? "SHARED" : "PRIVATE")}
      />
      Shared
    </label>
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
