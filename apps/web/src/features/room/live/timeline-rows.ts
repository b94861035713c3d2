import type { TimelineEntry } from "@mockboard/db/types";

/** A note this person may read, placed on the timeline at its session time. */
export interface TimelineNote {
  id: string;
  offsetMs: number;
  text: string;
}

export type TimelineRow =
  | { kind: "event"; id: string; offsetMs: number | null; at: string | null; text: string }
  | { kind: "note"; id: string; offsetMs: number; text: string }
  /** Camera, microphone and screen switched on and off in a row: one line that opens to each switch. */
  | { kind: "media"; id: string; offsetMs: number | null; text: string; entries: TimelineEntry[] };

const MEDIA = new Set(["VIDEO_TRACK_PUBLISHED", "VIDEO_TRACK_UNPUBLISHED"]);

/**
 * The timeline as it is read: the notes this person may read in their place (instead of a
 * bare "Note" event), and every run of camera and microphone switches folded into one line,
 * so the interview's steps are not buried under them.
 */
export function timelineRows(
  entries: readonly TimelineEntry[],
  notes: readonly TimelineNote[],
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let run: TimelineEntry[] = [];
  const closeRun = () => {
    const [first] = run;
    if (first && run.length === 1)
      rows.push({ kind: "event", id: first.id, offsetMs: first.offsetMs, at: first.at, text: first.text });
    else if (first)
      rows.push({
        kind: "media",
        id: first.id,
        offsetMs: first.offsetMs,
        text: `Camera and microphone switched ${run.length} times`,
        entries: run,
      });
    run = [];
  };
  for (const entry of entries) {
    if (entry.kind === "NOTE_ADDED") continue;
    if (MEDIA.has(entry.kind)) {
      run.push(entry);
      continue;
    }
    closeRun();
    rows.push({ kind: "event", id: entry.id, offsetMs: entry.offsetMs, at: entry.at, text: entry.text });
  }
  closeRun();
  const noteRows: TimelineRow[] = notes.map((note) => ({
    kind: "note",
    id: note.id,
    offsetMs: note.offsetMs,
    text: note.text.trim() || "Marker",
  }));
  // Notes go where their time puts them; events before the start (no time) stay first.
  const time = (row: TimelineRow) => row.offsetMs ?? -1;
  return [...rows, ...noteRows]
    .map((row, index) => ({ row, index }))
    .sort((a, b) => time(a.row) - time(b.row) || a.index - b.index)
    .map(({ row }) => row);
}
