import type { InterviewerGuide } from "@mockboard/prompt-bank";
import { TitledList } from "./TitledList";
import "../prompt-views.css";

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
