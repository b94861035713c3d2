import type { CandidateBrief } from "@mockboard/prompt-bank";
import { TitledList } from "./TitledList";
import "../prompt-views.css";

/** The candidate brief: everything here is safe for the candidate to see. */
export function PromptBriefView({ brief }: { brief: CandidateBrief }) {
  return (
    <div className="prose" data-testid="candidate-brief">
      <p>{brief.summary}</p>
      {brief.context ? <p className="muted">{brief.context}</p> : null}
      <TitledList title="Requirements" items={brief.requirements} />
      <TitledList title="Constraints" items={brief.constraints} />
      {brief.examples.length ? (
        <>
          <h3>Examples</h3>
          <ol className="brief-examples">
            {brief.examples.map((example) => (
              <li key={`${example.input}\n${example.output}`}>
                <dl>
                  <dt>Input</dt>
                  <dd>
                    <code>{example.input}</code>
                  </dd>
                  <dt>Output</dt>
                  <dd>
                    <code>{example.output}</code>
                  </dd>
                  {example.explanation ? (
                    <>
                      <dt>Why</dt>
                      <dd>{example.explanation}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {brief.deliverable ? (
        <>
          <h3>What to produce</h3>
          <p>{brief.deliverable}</p>
        </>
      ) : null}
    </div>
  );
}
