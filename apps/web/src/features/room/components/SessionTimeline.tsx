"use client";

import type { TimelineEntry } from "@mockboard/db/types";
import { formatClock } from "@mockboard/interview";
import { LocalTime } from "@/ui/LocalTime";
import { useRoomNotes } from "@/ui/RoomNotes";
import { type TimelineNote, timelineRows } from "../live/timeline-rows";

const time = (offsetMs: number | null) => (offsetMs === null ? "–" : formatClock(offsetMs));

/**
 * The session's events in order, each at its session time (and wall-clock time in the
 * viewer's zone), with the notes this person may read in their place and runs of camera and
 * microphone switches folded into one line. Notes written since the page loaded are there
 * too: once the notes panel has opened, its list is the room's (RoomNotes).
 */
export function SessionTimeline({ entries, notes }: { entries: TimelineEntry[]; notes: TimelineNote[] }) {
  const written = useRoomNotes()?.notes;
  const rows = timelineRows(
    entries,
    written
      ? written.filter((note) => !note.deleted).map(({ id, offsetMs, text }) => ({ id, offsetMs, text }))
      : notes,
  );
  if (!rows.length) return <p className="small muted">Nothing has happened yet.</p>;
  return (
    <section aria-label="Session timeline">
      <h2>Timeline</h2>
      <ol className="timeline">
        {rows.map((row) => (
          <li key={row.id} className={`timeline-${row.kind}`} data-testid={`timeline-${row.kind}`}>
            <span className="note-time">{time(row.offsetMs)}</span>
            {row.kind === "media" ? (
              <details>
                <summary>{row.text}</summary>
                <ol className="timeline-media">
                  {row.entries.map((entry) => (
                    <li key={entry.id}>
                      <span className="note-time">{time(entry.offsetMs)}</span> {entry.text}
                    </li>
                  ))}
                </ol>
              </details>
            ) : row.kind === "note" ? (
              <span>
                <span className="muted">Note: </span>
                {row.text}
              </span>
            ) : (
              <span>{row.text}</span>
            )}
            <span className="small muted">
              {row.kind === "event" && row.at ? <LocalTime iso={row.at} /> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
