"use client";

import type { PhaseBand } from "@mockboard/interview";
import { formatClock } from "@mockboard/interview";
import type { Marker } from "../playback";
import type { ReplayManifest } from "../replay-contract";

interface Props {
  atMs: number;
  durationMs: number;
  phases: PhaseBand[];
  markers: Marker[];
  lanes: ReplayManifest["lanes"];
  bucketMs: number;
  onSeek(atMs: number): void;
}

const pct = (ms: number, durationMs: number) => `${Math.min(100, Math.max(0, (ms / durationMs) * 100))}%`;

const MARKER_LABEL: Record<Marker["kind"], string> = {
  note: "Note",
  evidence: "Evidence",
  presence: "Joined or left",
  video: "Camera, microphone or screen",
  code: "Code",
  phase: "Phase",
  event: "Event",
};

/** Phase bands, markers, the scrubber and one activity lane per person, on one time axis. */
export function ReplayTimeline({ atMs, durationMs, phases, markers, lanes, bucketMs, onSeek }: Props) {
  return (
    <div className="replay-timeline">
      <ol className="replay-phases" aria-label="Phases">
        {phases.map((band, index) => (
          <li
            key={`${band.phaseIndex}-${band.fromMs}`}
            style={{ left: pct(band.fromMs, durationMs), width: pct(band.toMs - band.fromMs, durationMs) }}
            data-phase={index % 4}
          >
            <button
              type="button"
              onClick={() => onSeek(band.fromMs)}
              title={`${band.title}: ${formatClock(band.fromMs)}-${formatClock(band.toMs)}`}
              aria-label={`Phase ${band.title}, from ${formatClock(band.fromMs)}`}
            >
              {band.title}
            </button>
          </li>
        ))}
      </ol>
      <ul className="replay-markers" aria-label="Moments">
        {markers.map((marker) => (
          <li key={marker.id} style={{ left: pct(marker.atMs, durationMs) }}>
            <button
              type="button"
              className={`replay-marker replay-marker-${marker.kind}`}
              title={`${formatClock(marker.atMs)} ${marker.label}`}
              aria-label={`${MARKER_LABEL[marker.kind]} at ${formatClock(marker.atMs)}: ${marker.label}`}
              onClick={() => onSeek(marker.atMs)}
            />
          </li>
        ))}
      </ul>
      <input
        className="replay-scrubber"
        type="range"
        min={0}
        max={durationMs}
        step={1000}
        value={Math.round(atMs)}
        aria-label="Playhead"
        aria-valuetext={`${formatClock(atMs)} of ${formatClock(durationMs)}`}
        onChange={(event) => onSeek(Number(event.currentTarget.value))}
        // The page's own shortcuts move the playhead; the slider must not move it twice.
        onKeyDown={(event) => event.preventDefault()}
      />
      <div className="replay-lanes">
        <span className="sr-only">Board activity per person.</span>
        {lanes.map((lane) => {
          const peak = Math.max(1, ...lane.counts);
          return (
            <div className="replay-lane" key={lane.userId ?? "unknown"}>
              <span className="replay-lane-name">
                <span className="replay-dot" style={{ background: lane.color }} /> {lane.name}
              </span>
              <svg
                viewBox={`0 0 ${lane.counts.length} 10`}
                preserveAspectRatio="none"
                role="img"
                aria-label={`${lane.name}: ${lane.counts.reduce((a, b) => a + b, 0)} board changes`}
              >
                {lane.counts.map((count, index) =>
                  count > 0 ? (
                    <rect
                      // biome-ignore lint/suspicious/noArrayIndexKey: buckets are positions on the axis
                      key={index}
                      x={index}
                      width={1}
                      y={10 - (10 * count) / peak}
                      height={(10 * count) / peak}
                      fill={lane.color}
                    />
                  ) : null,
                )}
              </svg>
            </div>
          );
        })}
        <span className="sr-only">Each bar is {Math.round(bucketMs / 1000)} seconds.</span>
      </div>
    </div>
  );
}
