// Client-safe shaping of progress data for a chart and its table: one row per session,
// one column per dimension, and a look per series that does not rely on colour alone.

export interface SeriesInput {
  dimension: string;
  title: string;
  points: { sessionId: string; at: string; level: number }[];
}

export interface ChartRow {
  sessionId: string;
  at: string;
  /** Dimension -> level for this session (absent when not scored). */
  levels: Record<string, number>;
}

/** Sessions in time order, each with the levels its scorecard gave. */
export function chartRows(series: readonly SeriesInput[]): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  for (const { dimension, points } of series) {
    for (const point of points) {
      const row = rows.get(point.sessionId) ?? { sessionId: point.sessionId, at: point.at, levels: {} };
      row.levels[dimension] = point.level;
      rows.set(point.sessionId, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) => a.at.localeCompare(b.at) || a.sessionId.localeCompare(b.sessionId),
  );
}

export type MarkerShape =
  | "circle"
  | "square"
  | "triangle"
  | "diamond"
  | "cross"
  | "bar"
  | "plus"
  | "wedge"
  | "ring"
  | "frame";

export interface SeriesLook {
  color: string;
  /** SVG stroke-dasharray; "" is a solid line. */
  dash: string;
  marker: MarkerShape;
}

// Colours that keep 3:1 contrast on white; each series also differs in dash and marker.
// Ten of each: no rubric has more dimensions than that (the largest has nine).
const COLORS = [
  "#4f46e5",
  "#c2410c",
  "#15803d",
  "#a21caf",
  "#0e7490",
  "#a16207",
  "#be123c",
  "#334155",
  "#6d28d9",
  "#0f766e",
];
const DASHES = ["", "7 4", "2 3", "9 3 2 3", "4 4", "12 4", "1 5", "14 3 3 3 3 3", "6 2 1 2", "3 6"];
const MARKERS: MarkerShape[] = [
  "circle",
  "square",
  "triangle",
  "diamond",
  "cross",
  "bar",
  "plus",
  "wedge",
  "ring",
  "frame",
];

/** Markers drawn as outlines rather than filled shapes. */
export const OPEN_MARKERS: ReadonlySet<MarkerShape> = new Set(["cross", "plus", "ring", "frame"]);

/** The n-th series' look: colour, dash and marker all differ for the first ten. */
export function seriesLook(index: number): SeriesLook {
  return {
    color: COLORS[index % COLORS.length] as string,
    dash: DASHES[index % DASHES.length] as string,
    marker: MARKERS[index % MARKERS.length] as MarkerShape,
  };
}

/** An SVG path for a marker centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, r = 4.5): string {
  switch (shape) {
    case "ring":
    case "circle":
      return `M ${x - r} ${y} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`;
    case "frame":
    case "square":
      return `M ${x - r} ${y - r} h ${2 * r} v ${2 * r} h ${-2 * r} Z`;
    case "triangle":
      return `M ${x} ${y - r - 1} L ${x + r + 1} ${y + r} L ${x - r - 1} ${y + r} Z`;
    case "diamond":
      return `M ${x} ${y - r - 1} L ${x + r + 1} ${y} L ${x} ${y + r + 1} L ${x - r - 1} ${y} Z`;
    case "cross":
      return `M ${x - r} ${y - r} L ${x + r} ${y + r} M ${x + r} ${y - r} L ${x - r} ${y + r}`;
    case "bar":
      return `M ${x - r - 1} ${y - 2} h ${2 * r + 2} v 4 h ${-2 * r - 2} Z`;
    case "plus":
      return `M ${x - r - 1} ${y} h ${2 * r + 2} M ${x} ${y - r - 1} v ${2 * r + 2}`;
    case "wedge":
      return `M ${x - r - 1} ${y - r} L ${x + r + 1} ${y - r} L ${x} ${y + r + 1} Z`;
  }
}
