import { DIFFICULTY_LABELS, KIND_LABELS, roundTypeLabel } from "@/lib/labels";

export function PromptBadges(props: {
  kind: string;
  difficulty: string;
  minutes: number;
  roundType: string;
}) {
  return (
    <span className="badges">
      <span className="badge badge-scheduled">{KIND_LABELS[props.kind] ?? props.kind}</span>
      <span className={`badge difficulty-${props.difficulty.toLowerCase()}`}>
        {DIFFICULTY_LABELS[props.difficulty] ?? props.difficulty}
      </span>
      <span className="badge">{props.minutes} min</span>
      <span className="small muted">{roundTypeLabel(props.roundType)}</span>
    </span>
  );
}
