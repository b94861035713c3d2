import type { InterviewerGuide } from "@mockboard/prompt-bank";
import { TitledList } from "./TitledList";
import "../prompt-views.css";

const LEVELS = [
  ["mid", "Mid-level"],
  ["senior", "Senior"],
  ["staff", "Staff"],
] as const;

/** What each rung of the hint ladder is, in the order to give them. */
const HINT_RUNGS = ["Nudge", "Pointer", "Near-answer"];

/** The interviewer guide. Render only for interviewers: the server decides who gets it. */
export function InterviewerGuideView({ guide }: { guide: InterviewerGuide }) {
  return (
    <div className="prose" data-testid="interviewer-guide">
      <div className="guide-flag" role="note">
        Interviewer only
      </div>
      <p>{guide.overview}</p>
      {guide.whyAsked ? (
        <>
          <h3>Why it is asked</h3>
          <p>{guide.whyAsked}</p>
        </>
      ) : null}
      {guide.referenceSteps.length ? (
        <>
          <h3>Reference answer</h3>
          <ol>
            {guide.referenceSteps.map((step) => (
              <li key={step.title}>
                <strong>{step.title}.</strong> {step.detail}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {guide.keyDecisions.length ? (
        <>
          <h3>Key decisions</h3>
          <ul>
            {guide.keyDecisions.map((decision) => (
              <li key={decision.decision}>
                <strong>{decision.decision}</strong> ({decision.options.join(" / ")}): {decision.tradeOff}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <TitledList title="A strong answer" items={guide.keyPoints} />
      <TitledList title="Signals" items={guide.signals} />
      <TitledList title="Red flags" items={guide.redFlags} />
      <TitledList title="Metrics" items={guide.metrics} />
      {guide.levelExpectations ? (
        <>
          <h3>What each level shows</h3>
          <dl className="level-expectations">
            {LEVELS.map(([level, label]) => (
              <div key={level}>
                <dt>{label}</dt>
                <dd>{guide.levelExpectations?.[level]}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {guide.hintLadder ? (
        <>
          <h3>If the candidate is stuck</h3>
          <p className="muted small">Give one hint at a time, in this order; each one costs some credit.</p>
          <ol className="hint-ladder">
            {guide.hintLadder.map((hint, index) => (
              <li key={hint}>
                <strong>{HINT_RUNGS[index]}:</strong> {hint}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {guide.followUps.length ? (
        <>
          <h3>Follow-ups</h3>
          <ul>
            {guide.followUps.map((followUp) => (
              <li key={followUp.question}>
                <strong>{followUp.question}</strong>
                <div className="muted">{followUp.goodAnswer}</div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {guide.takeaway ? (
        <>
          <h3>Takeaway</h3>
          <p>{guide.takeaway}</p>
        </>
      ) : null}
    </div>
  );
}
