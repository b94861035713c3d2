import type { TimelineEntry } from "@mockboard/db/types";
import { formatClock } from "@mockboard/interview";
import { LocalTime } from "@/ui/LocalTime";

/** The session's events in order, each at its session time (and wall-clock time in the viewer's zone). */
export function SessionTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (!entries.length) return <p className="small muted">Nothing has happened yet.</p>;
  return (
    <section aria-label="Session timeline">
      <h2>Timeline</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.id}>
            <span className="note-time">{entry.offsetMs === null ? "–" : formatClock(entry.offsetMs)}</span>
            <span>{entry.text}</span>
            <span className="small muted">
              <LocalTime iso={entry.at} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
