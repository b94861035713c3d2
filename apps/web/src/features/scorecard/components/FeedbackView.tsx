import {
  recommendationLabels,
  recommendationMeanings,
  type ScoreLevel,
  scoreTotals,
} from "@mockboard/interview";
import { MomentTime } from "@/ui/MomentTime";
import type { FeedbackDto } from "../scorecard-types";

function levelText(level: ScoreLevel | undefined) {
  if (level === undefined) return "–";
  return level === null ? "not observed" : String(level);
}

function Bar(props: { level: ScoreLevel | undefined; who: string; tone: "interviewer" | "self" }) {
  const width = typeof props.level === "number" ? (props.level / 4) * 100 : 0;
  return (
    <div className={`bar bar-${props.tone}`}>
      <span className="bar-label small">{props.who}</span>
      <span className="bar-track" aria-hidden="true">
        <span className="bar-fill" style={{ width: `${width}%` }} />
      </span>
      <span className="bar-value small">{levelText(props.level)}</span>
    </div>
  );
}

/**
 * Released feedback: per dimension, the interviewer's level and evidence beside the
 * candidate's own. `viewer` says who reads it: the candidate is "you", anyone else reads
 * "the candidate".
 */
export function FeedbackView(props: {
  feedback: FeedbackDto;
  viewer: "candidate" | "interviewer" | "observer";
  /** Evidence times link to the replay of this (finished) session. */
  replaySessionId?: string;
}) {
  const { rubric, interviewer, self } = props.feedback;
  if (!interviewer) return null;
  const theirs = scoreTotals(rubric.dimensions, interviewer.levels);
  const mine = self ? scoreTotals(rubric.dimensions, self.levels) : null;
  const candidate = props.viewer === "candidate";
  return (
    <section className="feedback" aria-label="Feedback">
      <dl className="feedback-head">
        <div className="stat">
          <dt className="label">Recommendation</dt>
          <dd className="value">
            {interviewer.recommendation ? recommendationLabels[interviewer.recommendation] : "–"}
          </dd>
          {interviewer.recommendation ? (
            <dd className="stat-note small muted">{recommendationMeanings[interviewer.recommendation]}</dd>
          ) : null}
        </div>
        <div className="stat">
          <dt className="label">Interviewer's weighted level</dt>
          <dd className="value">{theirs.weightedLevel?.toFixed(2) ?? "–"} / 4</dd>
        </div>
        {mine ? (
          <div className="stat">
            <dt className="label">
              {candidate ? "Your weighted level" : "The candidate's own weighted level"}
            </dt>
            <dd className="value">{mine.weightedLevel?.toFixed(2) ?? "–"} / 4</dd>
          </div>
        ) : null}
      </dl>
      {interviewer.summary ? (
        <blockquote className="feedback-summary">
          <p>{interviewer.summary}</p>
        </blockquote>
      ) : null}
      <ol className="feedback-dims">
        {rubric.dimensions.map((dimension) => {
          const level = interviewer.levels[dimension.key];
          const evidence = interviewer.evidence[dimension.key] ?? [];
          return (
            <li key={dimension.key} className="card">
              <h3>{dimension.title}</h3>
              <Bar level={level} who="Interviewer" tone="interviewer" />
              {self ? (
                <Bar level={self.levels[dimension.key]} who={candidate ? "You" : "Candidate"} tone="self" />
              ) : null}
              {typeof level === "number" ? (
                <p className="small muted">
                  Level {level}: {dimension.levels[level - 1]}
                </p>
              ) : null}
              {evidence.length ? (
                <ul className="evidence">
                  {evidence.map((item) => (
                    <li key={`${item.atMs ?? ""}:${item.text}`} className="evidence-entry">
                      {item.atMs !== undefined ? (
                        <MomentTime atMs={item.atMs} sessionId={props.replaySessionId} />
                      ) : null}
                      <span>{item.text}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      {self?.summary ? (
        <p className="small">
          <strong>{candidate ? "Your reflection:" : "The candidate's reflection:"}</strong> {self.summary}
        </p>
      ) : null}
    </section>
  );
}
