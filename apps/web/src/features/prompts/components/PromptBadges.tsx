import { difficultyLabel, kindLabel, roundTypeLabel } from "../labels";

export function PromptBadges(props: {
  kind: string;
  difficulty: string;
  minutes: number;
  roundType: string;
}) {
  return (
    <span className="badges">
      <span className="badge badge-scheduled">{kindLabel(props.kind)}</span>
      <span className={`badge difficulty-${props.difficulty.toLowerCase()}`}>
        {difficultyLabel(props.difficulty)}
      </span>
      <span className="badge">{props.minutes} min</span>
      <span className="small muted">{roundTypeLabel(props.roundType)}</span>
    </span>
  );
}
