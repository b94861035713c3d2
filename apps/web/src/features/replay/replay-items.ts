// What the side panel lists, in one shape: something that happened at a moment.
export interface ReplayItem {
  id: string;
  atMs: number;
  text: string;
  /** The rubric dimension a note or an evidence item is about. */
  dimension?: string;
}

/** The scorecard beside the replay: the interviewer's own (editable until submitted) or the released one. */
export interface ReplayScorecard {
  editable: boolean;
  dimensions: { key: string; title: string }[];
  levels: Record<string, number | null>;
  evidence: Record<string, { text: string; atMs?: number }[]>;
  recommendation: string | null;
  summary: string;
}
