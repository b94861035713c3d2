import type { TimelineEntry } from "@mockboard/db/types";
import { describe, expect, it } from "vitest";
import { timelineRows } from "./timeline-rows";

let next = 0;
function entry(kind: TimelineEntry["kind"], offsetMs: number | null, text: string): TimelineEntry {
  next += 1;
  return { id: `e${next}`, at: new Date(0).toISOString(), offsetMs, kind, actor: "Sam", text };
}

describe("the timeline as it is read", () => {
  it("folds a run of camera and microphone switches into one line that keeps each switch", () => {
    const rows = timelineRows(
      [
        entry("STARTED", 0, "Priya started the interview"),
        entry("VIDEO_TRACK_PUBLISHED", 1_000, "Sam turned on camera"),
        entry("VIDEO_TRACK_UNPUBLISHED", 2_000, "Sam turned off camera"),
        entry("VIDEO_TRACK_PUBLISHED", 3_000, "Sam turned on microphone"),
        entry("PHASE_STARTED", 60_000, "Phase: Design"),
      ],
      [],
    );
    expect(rows.map((row) => row.text)).toEqual([
      "Priya started the interview",
      "Camera and microphone switched 3 times",
      "Phase: Design",
    ]);
    const media = rows[1];
    expect(media?.kind === "media" ? media.entries.map((item) => item.text) : []).toEqual([
      "Sam turned on camera",
      "Sam turned off camera",
      "Sam turned on microphone",
    ]);
  });

  it("keeps a single switch as it is", () => {
    const rows = timelineRows([entry("VIDEO_TRACK_PUBLISHED", 1_000, "Sam turned on camera")], []);
    expect(rows).toMatchObject([{ kind: "event", text: "Sam turned on camera" }]);
  });

  it("shows the notes this person may read at their times, instead of bare note events", () => {
    const rows = timelineRows(
      [
        entry("STARTED", 0, "Priya started the interview"),
        entry("NOTE_ADDED", 30_000, "Note"),
        entry("PHASE_STARTED", 60_000, "Phase: Design"),
      ],
      [
        { id: "n1", offsetMs: 30_000, text: "Asks for the QPS first" },
        { id: "n2", offsetMs: 61_000, text: " " },
      ],
    );
    expect(rows.map((row) => `${row.kind}:${row.text}`)).toEqual([
      "event:Priya started the interview",
      "note:Asks for the QPS first",
      "event:Phase: Design",
      "note:Marker",
    ]);
  });
});
