// Pure playback arithmetic: how far the playhead moves in a frame at a speed, with idle
// stretches optionally collapsed, and which stretches count as idle.
import type { TimelineEntry } from "@mockboard/db/types";

export const SPEEDS = [1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Gap {
  fromMs: number;
  toMs: number;
}

/** A skipped idle stretch takes this long to play, whatever its length. */
export const COLLAPSED_GAP_MS = 1_000;

/**
 * Stretches with neither a board update nor an event: the board's idle gaps (from the
 * manifest) split wherever a marker falls inside them, keeping pieces over `minMs`.
 */
export function idleGaps(boardGaps: readonly Gap[], markerTimes: readonly number[], minMs: number): Gap[] {
  const sorted = [...markerTimes].sort((a, b) => a - b);
  const gaps: Gap[] = [];
  for (const gap of boardGaps) {
    let from = gap.fromMs;
    for (const at of sorted) {
      if (at <= from || at >= gap.toMs) continue;
      if (at - from > minMs) gaps.push({ fromMs: from, toMs: at });
      from = at;
    }
    if (gap.toMs - from > minMs) gaps.push({ fromMs: from, toMs: gap.toMs });
  }
  return gaps;
}

/** The playhead after `realMs` of playing from `atMs`, never past `durationMs`. */
export function advance(
  atMs: number,
  realMs: number,
  speed: number,
  options: { durationMs: number; skipIdle: boolean; gaps: readonly Gap[] },
): number {
  let position = atMs;
  let left = realMs;
  while (left > 0 && position < options.durationMs) {
    const inGap = options.skipIdle
      ? options.gaps.find((gap) => gap.fromMs <= position && position < gap.toMs)
      : undefined;
    if (inGap) {
      const rate = (inGap.toMs - inGap.fromMs) / COLLAPSED_GAP_MS;
      const reach = Math.min(inGap.toMs, position + rate * left);
      left -= (reach - position) / rate;
      position = reach;
      continue;
    }
    const next = options.skipIdle ? options.gaps.find((gap) => gap.fromMs > position) : undefined;
    const stop = Math.min(next?.fromMs ?? Number.POSITIVE_INFINITY, options.durationMs);
    const reach = Math.min(stop, position + speed * left);
    left -= (reach - position) / speed;
    position = reach;
  }
  return Math.min(position, options.durationMs);
}

export type MarkerKind = "note" | "evidence" | "presence" | "video" | "code" | "phase" | "event";

export interface Marker {
  id: string;
  atMs: number;
  kind: MarkerKind;
  label: string;
}

const PRESENCE = new Set(["JOINED", "LEFT", "VIDEO_JOINED", "VIDEO_LEFT"]);
const VIDEO = new Set(["VIDEO_TRACK_PUBLISHED", "VIDEO_TRACK_UNPUBLISHED"]);
const CODE = new Set(["CODE_RUN", "CODE_LANGUAGE_CHANGED"]);

function markerKind(kind: string): MarkerKind {
  if (PRESENCE.has(kind)) return "presence";
  if (VIDEO.has(kind)) return "video";
  return CODE.has(kind) ? "code" : "event";
}

/** Timeline entries as markers: joins and leaves, camera/mic/screen on and off, code runs (with their result), other events. */
export function eventMarkers(entries: readonly TimelineEntry[], durationMs: number): Marker[] {
  return entries
    .filter((entry) => entry.offsetMs !== null && entry.offsetMs <= durationMs && entry.kind !== "NOTE_ADDED")
    .filter((entry) => !["STARTED", "ENDED", "CREATED", "PHASE_STARTED"].includes(entry.kind))
    .map((entry) => ({
      id: `event-${entry.id}`,
      atMs: entry.offsetMs as number,
      kind: markerKind(entry.kind),
      label: entry.text,
    }));
}

/** The marker before or after the playhead (for shift+arrow), if any. */
export function neighbourMarker(markers: readonly Marker[], atMs: number, direction: -1 | 1): Marker | null {
  const sorted = [...markers].sort((a, b) => a.atMs - b.atMs);
  if (direction > 0) return sorted.find((marker) => marker.atMs > atMs + 500) ?? null;
  return sorted.filter((marker) => marker.atMs < atMs - 500).at(-1) ?? null;
}

/** The item nearest before (or at) the playhead: what a side panel highlights. */
export function currentItem<T extends { atMs: number }>(items: readonly T[], atMs: number): T | null {
  let best: T | null = null;
  for (const item of items) if (item.atMs <= atMs && (!best || item.atMs >= best.atMs)) best = item;
  return best;
}
